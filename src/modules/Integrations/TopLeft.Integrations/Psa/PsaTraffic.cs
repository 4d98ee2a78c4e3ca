using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Features.Sync;

namespace TopLeft.Integrations.Psa;

/// <summary>
/// Counts every PSA request per tenant over a rolling hour, in PostgreSQL so that all Host instances share one count,
/// and holds Autotask to its limits across instances: the hourly budget (per database) is checked and counted in one
/// locked statement before each request, and at most <see cref="AutotaskThreadLimit"/> requests per object endpoint
/// are in flight, each holding one of that many shared slots. ConnectWise has no budget to enforce, so its requests
/// are counted in memory and written every few seconds, off the request path.
/// </summary>
internal sealed class PsaTraffic(IServiceScopeFactory scopes, TimeProvider time, IOptions<SyncOptions> options) : IDisposable
{
    public const int AutotaskThreadLimit = 3;

    private static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan CleanEvery = TimeSpan.FromMinutes(10);

    // Longer than the PSA client's 3-minute timeout: a slot outlives its request only when its instance died.
    private static readonly TimeSpan SlotLease = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan SlotPoll = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentDictionary<Guid, StrongBox<int>> unflushed = new();
    private readonly ConcurrentDictionary<(Guid, string), SemaphoreSlim> endpoints = new();
    private readonly ConcurrentDictionary<(Guid, string), bool> slotsCreated = new();
    private readonly SemaphoreSlim flushing = new(1, 1);
    private DateTimeOffset lastClean = DateTimeOffset.MinValue;
    private ITimer? flusher;

    public int AutotaskHourlyLimit => options.Value.AutotaskHourlyLimit;

    /// <summary>Requests of the tenant in the last hour, by every Host instance.</summary>
    public async Task<int> CountLastHourAsync(Guid tenantId, CancellationToken ct)
    {
        await FlushAsync(ct);
        return await WithCommandAsync(async command =>
        {
            command.CommandText = """
                SELECT COALESCE(SUM("Requests"), 0)::int FROM integrations.psa_request_counts
                WHERE "TenantId" = @tenant AND "Minute" > now() - interval '1 hour'
                """;
            command.Parameters.AddWithValue("tenant", tenantId);
            return (int)(await command.ExecuteScalarAsync(ct))!;
        }, ct);
    }

    /// <summary>Counts one request; for Autotask also waits for a slot of its endpoint. Dispose the lease when the answer is in.</summary>
    public async Task<IAsyncDisposable> EnterAsync(Guid tenantId, PsaKind kind, string endpoint, CancellationToken ct)
    {
        await CleanAsync(ct);
        if (kind != PsaKind.Autotask)
        {
            Interlocked.Increment(ref unflushed.GetOrAdd(tenantId, _ => new StrongBox<int>()).Value);
            if (flusher is null)
            {
                // The timer also writes the last requests of a burst, which no later request would flush.
                var timer = time.CreateTimer(_ => _ = FlushQuietlyAsync(), null, FlushEvery, FlushEvery);
                if (Interlocked.CompareExchange(ref flusher, timer, null) is not null)
                {
                    timer.Dispose();
                }
            }

            return NoLease.Instance;
        }

        // The local gate keeps this instance's waiters off PostgreSQL; the shared slots bound all instances together.
        endpoint = endpoint.ToLowerInvariant();
        var gate = endpoints.GetOrAdd((tenantId, endpoint), _ => new SemaphoreSlim(AutotaskThreadLimit));
        await gate.WaitAsync(ct);
        try
        {
            if (!await ReserveAsync(tenantId, ct))
            {
                throw new PsaApiException(System.Net.HttpStatusCode.TooManyRequests,
                    $"TopLeft paused: this tenant used its Autotask budget of {AutotaskHourlyLimit:N0} requests in the last hour.", isRefusal: false);
            }

            var holder = Guid.NewGuid();
            var slot = await TakeSlotAsync(tenantId, endpoint, holder, ct);
            return new Lease(this, gate, tenantId, endpoint, slot, holder);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    /// <summary>Counts one Autotask request unless the tenant's hour is used up; false when it is.</summary>
    private Task<bool> ReserveAsync(Guid tenantId, CancellationToken ct) => WithCommandAsync(async command =>
    {
        // One lock per tenant, so two instances cannot both see 9,999 and both go.
        await using var transaction = await command.Connection!.BeginTransactionAsync(ct);
        command.Transaction = transaction;
        command.CommandText = """
            SELECT pg_advisory_xact_lock(hashtextextended('topleft-psa-budget:' || @tenant::text, 0));
            INSERT INTO integrations.psa_request_counts AS c ("TenantId", "Minute", "Requests")
            SELECT @tenant, date_trunc('minute', now()), 1
            WHERE (SELECT COALESCE(SUM("Requests"), 0) FROM integrations.psa_request_counts
                   WHERE "TenantId" = @tenant AND "Minute" > now() - interval '1 hour') < @limit
            ON CONFLICT ("TenantId", "Minute") DO UPDATE SET "Requests" = c."Requests" + 1
            RETURNING "Requests";
            """;
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("limit", AutotaskHourlyLimit);
        var counted = false;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.NextResultAsync(ct);
            counted = await reader.ReadAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return counted;
    }, ct);

    private async Task<int> TakeSlotAsync(Guid tenantId, string endpoint, Guid holder, CancellationToken ct)
    {
        if (!slotsCreated.ContainsKey((tenantId, endpoint)))
        {
            await WithCommandAsync(async command =>
            {
                command.CommandText = """
                    INSERT INTO integrations.psa_endpoint_leases ("TenantId", "Endpoint", "Slot", "HeldUntil", "Holder")
                    SELECT @tenant, @endpoint, s, 'epoch', '00000000-0000-0000-0000-000000000000' FROM generate_series(0, @slots - 1) s
                    ON CONFLICT DO NOTHING
                    """;
                command.Parameters.AddWithValue("tenant", tenantId);
                command.Parameters.AddWithValue("endpoint", endpoint);
                command.Parameters.AddWithValue("slots", AutotaskThreadLimit);
                return await command.ExecuteNonQueryAsync(ct);
            }, ct);
            slotsCreated[(tenantId, endpoint)] = true;
        }

        while (true)
        {
            var slot = await WithCommandAsync(async command =>
            {
                command.CommandText = """
                    UPDATE integrations.psa_endpoint_leases SET "HeldUntil" = now() + @lease, "Holder" = @holder
                    WHERE ("TenantId", "Endpoint", "Slot") = (
                        SELECT "TenantId", "Endpoint", "Slot" FROM integrations.psa_endpoint_leases
                        WHERE "TenantId" = @tenant AND "Endpoint" = @endpoint AND "HeldUntil" < now()
                        ORDER BY "Slot" LIMIT 1 FOR UPDATE SKIP LOCKED)
                    RETURNING "Slot"
                    """;
                command.Parameters.AddWithValue("tenant", tenantId);
                command.Parameters.AddWithValue("endpoint", endpoint);
                command.Parameters.AddWithValue("holder", holder);
                command.Parameters.AddWithValue("lease", SlotLease);
                return (int?)await command.ExecuteScalarAsync(ct);
            }, ct);
            if (slot is { } taken)
            {
                return taken;
            }

            // Another instance holds all three; they are short requests.
            await Task.Delay(SlotPoll, time, ct);
        }
    }

    private Task ReleaseSlotAsync(Guid tenantId, string endpoint, int slot, Guid holder) => WithCommandAsync(async command =>
    {
        command.CommandText = """
            UPDATE integrations.psa_endpoint_leases SET "HeldUntil" = 'epoch'
            WHERE "TenantId" = @tenant AND "Endpoint" = @endpoint AND "Slot" = @slot AND "Holder" = @holder
            """;
        command.Parameters.AddWithValue("tenant", tenantId);
        command.Parameters.AddWithValue("endpoint", endpoint);
        command.Parameters.AddWithValue("slot", slot);
        command.Parameters.AddWithValue("holder", holder);
        return await command.ExecuteNonQueryAsync(CancellationToken.None);
    }, CancellationToken.None);

    /// <summary>Writes the requests counted in memory (ConnectWise) to the shared count.</summary>
    private async Task FlushAsync(CancellationToken ct)
    {
        if (!await flushing.WaitAsync(0, ct))
        {
            return;
        }

        try
        {
            foreach (var (tenantId, box) in unflushed)
            {
                var requests = Interlocked.Exchange(ref box.Value, 0);
                if (requests == 0)
                {
                    continue;
                }

                try
                {
                    await WithCommandAsync(async command =>
                    {
                        command.CommandText = """
                            INSERT INTO integrations.psa_request_counts AS c ("TenantId", "Minute", "Requests")
                            VALUES (@tenant, date_trunc('minute', now()), @requests)
                            ON CONFLICT ("TenantId", "Minute") DO UPDATE SET "Requests" = c."Requests" + EXCLUDED."Requests"
                            """;
                        command.Parameters.AddWithValue("tenant", tenantId);
                        command.Parameters.AddWithValue("requests", requests);
                        return await command.ExecuteNonQueryAsync(ct);
                    }, ct);
                }
                catch
                {
                    Interlocked.Add(ref box.Value, requests);
                    throw;
                }
            }
        }
        finally
        {
            flushing.Release();
        }
    }

    private async Task FlushQuietlyAsync()
    {
        try
        {
            await FlushAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            // Kept in memory and written with the next flush; the count is for display only.
        }
    }

    public void Dispose() => flusher?.Dispose();

    private async Task CleanAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now - lastClean < CleanEvery)
        {
            return;
        }

        lastClean = now;
        await WithCommandAsync(async command =>
        {
            command.CommandText = """DELETE FROM integrations.psa_request_counts WHERE "Minute" < now() - interval '2 hours'""";
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);
    }

    private async Task<T> WithCommandAsync<T>(Func<NpgsqlCommand, Task<T>> work, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntegrationsDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        return await work(command);
    }

    private sealed class Lease(PsaTraffic traffic, SemaphoreSlim gate, Guid tenantId, string endpoint, int slot, Guid holder) : IAsyncDisposable
    {
        private int released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                try
                {
                    await traffic.ReleaseSlotAsync(tenantId, endpoint, slot, holder);
                }
                finally
                {
                    gate.Release();
                }
            }
        }
    }

    private sealed class NoLease : IAsyncDisposable
    {
        public static readonly NoLease Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
