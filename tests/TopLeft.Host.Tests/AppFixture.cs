using TopLeft.Testing;

namespace TopLeft.Host.Tests;

/// <summary>One Host on a private database with Redis and a tenant "acme", shared by a test class.</summary>
public class AppFixture : IAsyncLifetime
{
    public TopLeftApp App { get; private set; } = null!;

    protected virtual string? Redis => TestEnvironment.Redis;

    public async Task InitializeAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        App = new TopLeftApp(database, Redis, new Dictionary<string, string?>
        {
            ["Accounts:DemoTenant"] = "acme",
            ["Accounts:DemoTenantName"] = "Acme IT Services",
        });
        await App.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
    }
}

/// <summary>The embedded default: no Redis configured.</summary>
public sealed class AppWithoutRedisFixture : AppFixture
{
    protected override string? Redis => null;
}
