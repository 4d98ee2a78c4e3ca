using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using TopLeft.Shared.Messaging;

namespace TopLeft.Accounts.Email;

/// <summary>
/// Delivers <see cref="EmailRequested"/> over SMTP. A failure throws, so the outbox keeps the mail and retries
/// with backoff: nothing is lost when the server is down for a while.
/// </summary>
internal sealed class SmtpEmailHandler(IOptions<SmtpOptions> options) : IIntegrationEventHandler<EmailRequested>
{
    public async Task HandleAsync(EmailRequested @event, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(new MailboxAddress(@event.ToName, @event.To));
        message.Subject = @event.Subject;
        message.Body = new BodyBuilder { TextBody = @event.TextBody, HtmlBody = @event.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = 15_000 };
        await client.ConnectAsync(smtp.Host, smtp.Port, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
