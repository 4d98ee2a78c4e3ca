using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TopLeft.PsaSimulator.Infrastructure;

/// <summary>
/// The last requests (a ring of <see cref="Capacity"/>) plus unbounded counters per PSA and route shape
/// (<c>GET /v4_6_release/apis/3.0/service/tickets/{id}</c>), so long benchmarks can still be counted.
/// </summary>
internal sealed partial class RequestLog
{
    public const int Capacity = 20_000;
    private static readonly string[] HeaderNames = ["clientId", "pagination-type", "ApiIntegrationCode", "UserName", "ImpersonationResourceId"];
    private readonly Lock sync = new();
    private readonly Queue<RequestRecord> recent = new();
    private readonly ConcurrentDictionary<string, long> counters = new(StringComparer.OrdinalIgnoreCase);
    private long sequence;
    private int inFlight;
    private int maxInFlight;

    public long Total => Interlocked.Read(ref sequence);

    public int MaxConcurrent => Volatile.Read(ref maxInFlight);

    public long Begin()
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        return Interlocked.Increment(ref sequence);
    }

    public void End(long id, DateTime time, string psa, HttpRequest request, int status, double durationMs)
    {
        Interlocked.Decrement(ref inFlight);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in HeaderNames)
        {
            if (request.Headers.TryGetValue(name, out var value))
            {
                headers[name] = value.ToString();
            }
        }

        var record = new RequestRecord(id, time, psa, request.Method, request.Path + request.QueryString, status, durationMs, headers);
        counters.AddOrUpdate($"{psa} {request.Method} {Shape(request.Path)}", 1, (_, n) => n + 1);
        counters.AddOrUpdate(psa, 1, (_, n) => n + 1);
        lock (sync)
        {
            recent.Enqueue(record);
            while (recent.Count > Capacity)
            {
                recent.Dequeue();
            }
        }
    }

    public IReadOnlyList<RequestRecord> Recent()
    {
        lock (sync)
        {
            return [.. recent];
        }
    }

    public IReadOnlyDictionary<string, long> Counters() => new SortedDictionary<string, long>(counters, StringComparer.OrdinalIgnoreCase);

    public long Count(string key) => counters.GetValueOrDefault(key);

    public void Clear()
    {
        lock (sync)
        {
            recent.Clear();
            counters.Clear();
            Volatile.Write(ref maxInFlight, Volatile.Read(ref inFlight));
        }
    }

    public static string Shape(string? path) => Numbers().Replace(path ?? "", "/{id}");

    [GeneratedRegex(@"/\d+(?=/|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();

    public static string Psa(PathString path) =>
        path.StartsWithSegments("/atservicesrest", StringComparison.OrdinalIgnoreCase) ? "Autotask"
        : path.Value?.Contains("/apis/3.0/", StringComparison.OrdinalIgnoreCase) == true
          || path.StartsWithSegments("/login", StringComparison.OrdinalIgnoreCase) ? "ConnectWise"
        : "";
}
