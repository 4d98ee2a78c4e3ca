using System.Collections.Concurrent;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Integrations.Psa;

/// <summary>
/// Counts every request per tenant over a rolling hour and holds Autotask to its limits: at most
/// <see cref="AutotaskThreadLimit"/> concurrent requests per object endpoint and the hourly budget.
/// Counts are per Host instance; Autotask's own ThresholdInformation is shown beside them.
/// </summary>
internal sealed class PsaTraffic(TimeProvider time)
{
    public const int AutotaskThreadLimit = 3;
    public const int AutotaskHourlyLimit = 10_000;

    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<DateTimeOffset>> recent = new();
    private readonly ConcurrentDictionary<(Guid, string), SemaphoreSlim> endpoints = new();

    public int CountLastHour(Guid tenantId)
    {
        if (!recent.TryGetValue(tenantId, out var queue))
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().AddHours(-1);
        while (queue.TryPeek(out var first) && first < cutoff)
        {
            queue.TryDequeue(out _);
        }

        return queue.Count;
    }

    public async Task<IDisposable> EnterAsync(Guid tenantId, PsaKind kind, string endpoint, CancellationToken ct)
    {
        if (kind == PsaKind.Autotask && CountLastHour(tenantId) >= AutotaskHourlyLimit)
        {
            throw new PsaApiException(System.Net.HttpStatusCode.TooManyRequests,
                "TopLeft paused: this tenant used its Autotask budget of 10,000 requests in the last hour.", isRefusal: false);
        }

        recent.GetOrAdd(tenantId, _ => new ConcurrentQueue<DateTimeOffset>()).Enqueue(time.GetUtcNow());
        if (kind != PsaKind.Autotask)
        {
            return NoLease.Instance;
        }

        var gate = endpoints.GetOrAdd((tenantId, endpoint.ToLowerInvariant()), _ => new SemaphoreSlim(AutotaskThreadLimit));
        await gate.WaitAsync(ct);
        return new Lease(gate);
    }

    private sealed class Lease(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }

    private sealed class NoLease : IDisposable
    {
        public static readonly NoLease Instance = new();

        public void Dispose()
        {
        }
    }
}
