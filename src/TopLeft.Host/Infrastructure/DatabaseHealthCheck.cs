using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using TopLeft.Shared.Data;

namespace TopLeft.Host.Infrastructure;

internal sealed class DatabaseHealthCheck(IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connectionString = configuration.GetConnectionString(ModuleDatabaseExtensions.ConnectionName);
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"PostgreSQL {connection.PostgreSqlVersion} at {connection.Host}:{connection.Port}/{connection.Database}");
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable: " + ex.Message);
        }
    }
}
