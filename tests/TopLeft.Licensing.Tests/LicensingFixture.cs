using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Licensing.Features.SyncMembers;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Licensing.Tests;

/// <summary>Two Host instances sharing one PostgreSQL database and one Redis, as behind a load balancer.</summary>
public sealed class LicensingFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    public TopLeftApp First { get; private set; } = null!;

    public TopLeftApp Second { get; private set; } = null!;

    /// <summary>The SMTP server both instances send through (invitations).</summary>
    public MailCatcher Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Mail = await MailCatcher.StartAsync();
        var smtp = new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var database = await PostgresDatabase.CreateAsync();
        First = new TopLeftApp(database, TestEnvironment.Redis, smtp);
        await First.StartAsync();
        Second = new TopLeftApp(database, TestEnvironment.Redis, smtp);
        await Second.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await First.Database.DisposeAsync();
        await Mail.DisposeAsync();
    }

    public static string NewSlug() => "lic-" + Guid.NewGuid().ToString("N")[..10];

    public static string AdminEmail(string slug) => $"admin@{slug}.test";

    /// <summary>A fresh workspace (a trial, as sign-up makes it) with its admin.</summary>
    public static async Task SignUpAsync(TopLeftApp app, string slug)
    {
        using var anonymous = new ApiClient(app, null);
        var response = await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = "Workspace " + slug, slug, adminEmail = AdminEmail(slug), password = Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public static async Task<ApiClient> SignedInAdminAsync(TopLeftApp app, string slug)
    {
        var client = new ApiClient(app, slug);
        var response = await client.PostAsync("/api/accounts/sign-in", new { username = AdminEmail(slug), password = Password, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await client.RefreshSessionAsync();
        return client;
    }

    /// <summary>A DI scope acting for the tenant, as the outbox dispatcher makes one for an event.</summary>
    public static async Task<AsyncServiceScope> TenantScopeAsync(TopLeftApp app, string slug)
    {
        var scope = app.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().FindTenantAsync(slug);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant!.Id, slug);
        return scope;
    }

    /// <summary>Delivers the Integrations event to Licensing, as a PSA sync would.</summary>
    public static async Task MemberSyncedAsync(TopLeftApp app, string slug, int psaId, string userName, string? email = null)
    {
        await using var scope = await TenantScopeAsync(app, slug);
        await scope.ServiceProvider.GetRequiredService<MemberSyncHandler>()
            .HandleAsync(new MemberSynced(psaId, userName, email, "First" + psaId, "Last" + psaId), CancellationToken.None);
    }

    /// <summary>Delivers the Integrations event to every module that handles it (Licensing and Accounts), as the outbox does.</summary>
    public static async Task MemberSyncedEverywhereAsync(TopLeftApp app, string slug, int psaId, string userName, string? email)
    {
        var @event = new MemberSynced(psaId, userName, email, "First" + psaId, "Last" + psaId);
        await using var scope = await TenantScopeAsync(app, slug);
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<MemberSynced>>())
        {
            await handler.HandleAsync(@event, CancellationToken.None);
        }
    }

    public static async Task MemberDeactivatedAsync(TopLeftApp app, string slug, int psaId)
    {
        await using var scope = await TenantScopeAsync(app, slug);
        await scope.ServiceProvider.GetRequiredService<MemberSyncHandler>()
            .HandleAsync(new MemberDeactivated(psaId, "user" + psaId), CancellationToken.None);
    }

    public static ClaimsPrincipal Anonymous { get; } = new(new ClaimsIdentity());
}

[CollectionDefinition(nameof(LicensingCollection))]
public sealed class LicensingCollection : ICollectionFixture<LicensingFixture>;
