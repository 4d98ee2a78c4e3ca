using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace TopLeft.Testing;

/// <summary>
/// The real Host against a private database (and Redis when asked), on a real Kestrel port so browsers
/// and plain HttpClients can reach it. Tenants are addressed as <c>{slug}.localhost:{port}</c>.
/// </summary>
public sealed class TopLeftApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public TopLeftApp(PostgresDatabase database, string? redis, IDictionary<string, string?>? settings = null)
    {
        Database = database;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:topleft"] = database.ConnectionString,
            ["ConnectionStrings:redis"] = redis,
            ["Tenancy:BaseDomain"] = "localhost",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(0);
    }

    public PostgresDatabase Database { get; }

    /// <summary>http://localhost:{port}, valid once <see cref="StartAsync"/> has run.</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost");

    public Task StartAsync()
    {
        StartServer();
        BaseAddress = new Uri(ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
        return Task.CompletedTask;
    }

    /// <summary>The URL of a tenant's workspace: http://{slug}.localhost:{port}/.</summary>
    public Uri TenantUrl(string slug, string path = "/") => new($"http://{slug}.localhost:{BaseAddress.Port}{path}");

    /// <summary>An HttpClient that addresses the given tenant by Host header (no DNS needed).</summary>
    public HttpClient ClientFor(string? slug)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (slug is not null)
        {
            client.DefaultRequestHeaders.Host = $"{slug}.localhost:{BaseAddress.Port}";
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
