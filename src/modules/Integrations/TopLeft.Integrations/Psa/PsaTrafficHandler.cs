using TopLeft.Integrations.Contracts;

namespace TopLeft.Integrations.Psa;

/// <summary>Outermost handler of a tenant's PSA client: meters each attempt of the pipeline below it.</summary>
internal sealed class PsaTrafficHandler(PsaTraffic traffic, Guid tenantId, PsaKind kind) : DelegatingHandler
{
    private int requests;

    public int Requests => Volatile.Read(ref requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref requests);
        await using var lease = await traffic.EnterAsync(tenantId, kind, Endpoint(request.RequestUri), cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }

    // Autotask's thread limit is per object endpoint: the entity segment after V1.0.
    private static string Endpoint(Uri? uri)
    {
        var segments = uri?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var at = Array.FindIndex(segments, s => s.Equals("V1.0", StringComparison.OrdinalIgnoreCase));
        return at >= 0 && at + 1 < segments.Length ? segments[at + 1] : uri?.AbsolutePath ?? "";
    }
}
