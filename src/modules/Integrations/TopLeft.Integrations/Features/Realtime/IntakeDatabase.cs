using Microsoft.Extensions.Configuration;
using Npgsql;
using TopLeft.Shared.Data;

namespace TopLeft.Integrations.Features.Realtime;

/// <summary>
/// The receive endpoint's own connection pool. A callback is one statement, and going through EF Core would first
/// set up a DbContext's internal services, which measured at about three times the cost of the statement itself.
/// No reset on close: the statement leaves no session state behind.
/// </summary>
internal sealed class IntakeDatabase(IConfiguration configuration) : IAsyncDisposable
{
    private readonly Lazy<NpgsqlDataSource> source = new(() => NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(configuration.GetConnectionString(ModuleDatabaseExtensions.ConnectionName)) { NoResetOnClose = true }));

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken ct) => source.Value.OpenConnectionAsync(ct);

    public async ValueTask DisposeAsync()
    {
        if (source.IsValueCreated)
        {
            await source.Value.DisposeAsync();
        }
    }
}
