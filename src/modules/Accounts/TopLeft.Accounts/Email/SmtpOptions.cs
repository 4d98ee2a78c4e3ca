namespace TopLeft.Accounts.Email;

/// <summary><c>Email:Smtp:*</c>: where mail goes. The AppHost points it at a local mail catcher.</summary>
internal sealed class SmtpOptions
{
    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 1025;

    public string From { get; set; } = "no-reply@topleft.local";

    public string FromName { get; set; } = "TopLeft";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
