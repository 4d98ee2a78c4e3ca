namespace TopLeft.Accounts.Contracts;

/// <summary>An active administrator of the tenant, as an unlicensed user is told whom to ask.</summary>
/// <param name="DisplayName">Name to show.</param>
/// <param name="Email">E-mail address, when the admin has one.</param>
public sealed record AdminContact(string DisplayName, string? Email);
