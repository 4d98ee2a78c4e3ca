using System.Net;
using System.Net.Sockets;
using Npgsql;
using TopLeft.Shared.Data;

namespace TopLeft.Host.Infrastructure;

/// <summary>
/// Turns bad configuration into one clear sentence instead of a stack trace: a missing or malformed
/// connection string, an unreachable database, a port already taken.
/// </summary>
internal static class StartupChecks
{
    public static async Task<int> RunCheckedAsync(this WebApplication app)
    {
        try
        {
            var connectionString = ValidConnectionString(app.Configuration);
            EnsurePortsFree(app.Configuration);
            await EnsureDatabaseReachableAsync(connectionString);
            await StartAsync(app);
        }
        catch (StartupFailure failure)
        {
            await Console.Error.WriteLineAsync($"TopLeft cannot start: {failure.Message}");
            return 1;
        }

        await app.WaitForShutdownAsync();
        return 0;
    }

    internal static string ValidConnectionString(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(ModuleDatabaseExtensions.ConnectionName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StartupFailure(
                "ConnectionStrings:topleft is not set; run `dotnet run --project src/TopLeft.AppHost` or set ConnectionStrings__topleft.");
        }

        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(value);
            if (string.IsNullOrWhiteSpace(parsed.Host))
            {
                throw new StartupFailure("ConnectionStrings:topleft names no Host.");
            }
        }
        catch (ArgumentException ex)
        {
            throw new StartupFailure($"ConnectionStrings:topleft is malformed ({ex.Message.TrimEnd('.')}).");
        }

        return value;
    }

    internal static async Task EnsureDatabaseReachableAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5 };
        var where = $"{builder.Host}:{builder.Port}, database '{builder.Database}'";
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            throw new StartupFailure($"PostgreSQL at {builder.Host}:{builder.Port} has no database '{builder.Database}'.");
        }
        catch (PostgresException ex)
        {
            throw new StartupFailure($"PostgreSQL at {where} refused the connection: {ex.MessageText.TrimEnd('.')}.");
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StartupFailure($"PostgreSQL is unreachable at {where} ({Innermost(ex).Message.TrimEnd('.')}).");
        }
    }

    internal static void EnsurePortsFree(IConfiguration configuration)
    {
        foreach (var url in ConfiguredUrls(configuration))
        {
            if (!Uri.TryCreate(url.Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) || uri.Port == 0)
            {
                continue;
            }

            var address = IPAddress.TryParse(uri.Host, out var ip) ? ip : IPAddress.Loopback;
            try
            {
                using var probe = new TcpListener(address, uri.Port);
                probe.Start();
                probe.Stop();
            }
            catch (SocketException)
            {
                throw new StartupFailure($"Port {uri.Port} is already in use ({url}); stop the other process or choose another port with ASPNETCORE_URLS.");
            }
        }
    }

    private static IEnumerable<string> ConfiguredUrls(IConfiguration configuration) =>
        (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "")
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task StartAsync(WebApplication app)
    {
        try
        {
            await app.StartAsync();
        }
        catch (IOException ex) when (ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new StartupFailure($"A port the Host needs is already in use ({ex.Message.TrimEnd('.')}).");
        }
    }

    private static Exception Innermost(Exception ex) => ex.InnerException is null ? ex : Innermost(ex.InnerException);
}
