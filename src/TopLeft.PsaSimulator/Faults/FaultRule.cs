namespace TopLeft.PsaSimulator.Faults;

/// <summary>
/// One injected fault. It applies to requests (or, for the *Delivery kinds, outbound callbacks/webhooks)
/// whose path matches <see cref="Path"/>, a case-insensitive glob over the full path such as
/// <c>*/service/tickets*</c> or <c>*/Tickets/query*</c>. Probabilistic with <see cref="Probability"/>,
/// scripted with <see cref="Count"/> ("the next N calls") and <see cref="SkipFirst"/> ("page N of a sync").
/// </summary>
public sealed class FaultRule
{
    /// <summary>Set by the simulator when the rule is added; used to remove it.</summary>
    public string? Id { get; set; }

    /// <summary>Which PSA.</summary>
    public FaultPsa Psa { get; set; } = FaultPsa.Any;

    /// <summary>What happens.</summary>
    public FaultKind Kind { get; set; }

    /// <summary>HTTP method to match, or null for any.</summary>
    public string? Method { get; set; }

    /// <summary>Glob over the request path (for deliveries: the target URL).</summary>
    public string Path { get; set; } = "*";

    /// <summary>Chance per matching call, 0..1.</summary>
    public double Probability { get; set; } = 1;

    /// <summary>How many more times the rule fires; null means forever. Counts down as it fires.</summary>
    public int? Count { get; set; }

    /// <summary>Matching calls to let through before the rule starts firing.</summary>
    public int SkipFirst { get; set; }

    /// <summary>Status for <see cref="FaultKind.ServerError"/> (500, 502, 503, 504 …).</summary>
    public int StatusCode { get; set; } = 500;

    /// <summary>Retry-After seconds for <see cref="FaultKind.TooManyRequests"/>; null sends no header.</summary>
    public int? RetryAfterSeconds { get; set; } = 30;

    /// <summary>Milliseconds for the delay kinds.</summary>
    public int DelayMs { get; set; } = 2000;

    /// <summary>Times this rule has fired.</summary>
    public int Fired { get; set; }

    internal int Seen { get; set; }
}
