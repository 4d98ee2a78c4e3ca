namespace TopLeft.Shared.Messaging;

/// <summary>
/// An e-mail to send. Publishing it through a module's outbox stores it in the same transaction as the change
/// that causes it; the Accounts module delivers it over SMTP and the outbox retries until the server takes it.
/// </summary>
/// <param name="To">Recipient address.</param>
/// <param name="ToName">Recipient display name.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="TextBody">Plain-text body.</param>
/// <param name="HtmlBody">HTML body.</param>
public sealed record EmailRequested(string To, string ToName, string Subject, string TextBody, string HtmlBody) : IIntegrationEvent;
