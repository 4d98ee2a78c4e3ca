namespace TopLeft.PsaSimulator.Infrastructure;

/// <summary>One request a PSA endpoint received, as tests and benchmarks read it back.</summary>
/// <param name="Sequence">Arrival order, starting at 1.</param>
/// <param name="Time">When it arrived (UTC).</param>
/// <param name="Psa">"ConnectWise" or "Autotask".</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path and query string.</param>
/// <param name="Status">The response status (0 if the connection was dropped).</param>
/// <param name="DurationMs">Time to answer, in milliseconds.</param>
/// <param name="Headers">The identifying headers: clientId, pagination-type, ApiIntegrationCode, UserName, ImpersonationResourceId.</param>
public sealed record RequestRecord(
    long Sequence, DateTime Time, string Psa, string Method, string Path, int Status, double DurationMs,
    IReadOnlyDictionary<string, string> Headers);
