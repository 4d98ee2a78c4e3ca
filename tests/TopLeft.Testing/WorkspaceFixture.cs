using System.Globalization;
using System.Net;
using Shouldly;
using Xunit;

namespace TopLeft.Testing;

/// <summary>
/// The real Host with a real SMTP server and two workspaces ("acme", "globex") made through the sign-up API,
/// each with its admin (admin@acme.test, admin@globex.test, password <see cref="Password"/>).
/// </summary>
public class WorkspaceFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    public TopLeftApp App { get; private set; } = null!;

    public MailCatcher Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Mail = await MailCatcher.StartAsync();
        App = new TopLeftApp(await PostgresDatabase.CreateAsync(), TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
        await App.StartAsync();
        await SignUpAsync("acme", "Acme IT", "admin@acme.test");
        await SignUpAsync("globex", "Globex MSP", "admin@globex.test");
    }

    public async Task SignUpAsync(string slug, string company, string email)
    {
        using var anonymous = new ApiClient(App, null);
        var response = await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = company, slug, adminEmail = email, password = Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A client signed in at a tenant with a password (no second factor expected).</summary>
    public async Task<ApiClient> SignedInAsync(string slug, string userName, string password = Password)
    {
        var client = new ApiClient(App, slug);
        var response = await client.PostAsync("/api/accounts/sign-in", new { username = userName, password, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await client.RefreshSessionAsync();
        return client;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
