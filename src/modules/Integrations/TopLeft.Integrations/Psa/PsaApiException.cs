using System.Net;

namespace TopLeft.Integrations.Psa;

/// <summary>
/// The PSA answered with an error. <see cref="IsRefusal"/> separates business refusals (4xx other than
/// 408/429, Autotask "Data violation" 500s), which retrying cannot fix, from transient failures.
/// </summary>
internal sealed class PsaApiException(HttpStatusCode status, string message, bool isRefusal) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    public bool IsRefusal { get; } = isRefusal;

    public static PsaApiException From(HttpStatusCode status, string message)
    {
        var code = (int)status;
        var refusal = (code is >= 400 and < 500 && code is not 408 and not 429)
            || message.Contains("Data violation", StringComparison.OrdinalIgnoreCase);
        return new PsaApiException(status, message, refusal);
    }
}
