using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.PsaSimulator;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Integrations.Tests.Api;

/// <summary>
/// The real Host (with a real SMTP server for invitations) and a PSA simulator. Each test signs up its own
/// workspace through the API and signs its admin in, so tests never share a connection.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    private int _tenants;

    public TopLeftApp App { get; private set; } = null!;

    internal RunningSimulator Simulator { get; private set; } = null!;

    public MailCatcher Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Mail = await MailCatcher.StartAsync();
        Simulator = await SimulatorApp.StartAsync(new SimulatorOptions
        {
            Tickets = 120, Companies = 10, Members = 8, Projects = 2, DeliveryTimeScale = 0.05, Quiet = true,
        });
        var database = await PostgresDatabase.CreateAsync();
        App = new TopLeftApp(database, null, new Dictionary<string, string?>
        {
            ["Integrations:Sync:Enabled"] = "false",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await App.StartAsync();
    }

    /// <summary>A new workspace made through the sign-up API, with its admin signed in.</summary>
    public async Task<(string Slug, ApiClient Admin)> NewWorkspaceAsync()
    {
        var slug = $"msp{Interlocked.Increment(ref _tenants)}";
        using (var anonymous = new ApiClient(App, null))
        {
            var response = await anonymous.PostAsync("/api/accounts/sign-up",
                new { companyName = $"MSP {slug}", slug, adminEmail = $"admin@{slug}.test", password = Password });
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        return (slug, await SignedInAsync(slug, $"admin@{slug}.test", Password));
    }

    /// <summary>A member (no admin) added by the admin, who accepts the e-mailed invitation and signs in.</summary>
    public async Task<ApiClient> MemberAsync(string slug, ApiClient admin)
    {
        var email = $"tech@{slug}.test";
        var added = await admin.PostAsync("/api/accounts/users",
            new { displayName = "Tech Nician", userName = "tech", email, kind = "member", isAdmin = false, sendInvitation = true });
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        var token = (await Mail.WaitForAsync(email, "invited")).Link($"http://{slug}.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(App, slug))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "tech's password" })).EnsureSuccessStatusCode();
        }

        return await SignedInAsync(slug, "tech", "tech's password");
    }

    /// <summary>The connection body the admin page sends for the simulator's ConnectWise (1) or Autotask (2).</summary>
    public object ConnectionBody(int kind, string? privateKey = null)
    {
        var o = Simulator.Options;
        object body = kind == 1
            ? new { kind, siteUrl = Simulator.BaseUrl, account = o.ConnectWiseCompanyId, publicKey = o.ConnectWisePublicKey,
                privateKey = privateKey ?? o.ConnectWisePrivateKey, clientId = (string?)Guid.NewGuid().ToString(), keepClosedTickets = false, actAsMemberAllowed = true }
            : new { kind, siteUrl = Simulator.BaseUrl, account = o.AutotaskUserName, publicKey = o.AutotaskIntegrationCode,
                privateKey = privateKey ?? o.AutotaskSecret, clientId = (string?)null, keepClosedTickets = false, actAsMemberAllowed = true };
        return body;
    }

    /// <summary>Runs a query on the module's database as the given workspace.</summary>
    internal async Task<T> DbAsync<T>(string slug, Func<IntegrationsDbContext, Task<T>> query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var tenant = (await scope.ServiceProvider.GetRequiredService<IAccountsModule>().FindTenantAsync(slug))!;
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);
        return await query(scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>());
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
        await Simulator.DisposeAsync();
        await Mail.DisposeAsync();
    }

    private async Task<ApiClient> SignedInAsync(string slug, string userName, string password)
    {
        var client = new ApiClient(App, slug);
        var response = await client.PostAsync("/api/accounts/sign-in", new { username = userName, password, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await client.RefreshSessionAsync();
        return client;
    }
}

internal static class HttpResponseExtensions
{
    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
