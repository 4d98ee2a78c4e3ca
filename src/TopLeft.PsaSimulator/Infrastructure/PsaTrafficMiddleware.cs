using System.Diagnostics;
using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.Infrastructure;

/// <summary>
/// Wraps every PSA request (not <c>/_sim</c>): logs and counts it, adds the configured latency and applies
/// injected faults before the real endpoint runs.
/// </summary>
internal sealed class PsaTrafficMiddleware(RequestDelegate next, SimulatorState state)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var psa = RequestLog.Psa(http.Request.Path);
        if (psa.Length == 0)
        {
            await next(http);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var time = state.Clock.UtcNow;
        var id = state.Requests.Begin();
        try
        {
            if (state.Options.LatencyMs > 0)
            {
                await Task.Delay(state.Options.LatencyMs, http.RequestAborted);
            }

            if (psa == "ConnectWise" && state.CwThrottle.Count() is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                http.Response.StatusCode = 429;
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.WriteAsync(
                    "{\"error\":\"ConnectWiseAPI\",\"message\":\"Too many requests. Please try again in " + http.Response.Headers.RetryAfter + " seconds.\"}",
                    http.RequestAborted);
                return;
            }

            using var slot = psa == "Autotask" ? await AutotaskLimitsAsync(http) : NoLimit.Instance;
            if (slot is null)
            {
                return;
            }

            var rule = state.Faults.MatchRequest(psa == "Autotask" ? FaultPsa.Autotask : FaultPsa.ConnectWise, http.Request.Method, http.Request.Path);
            if (rule is null || !await FaultResponder.ApplyAsync(http, rule, psa))
            {
                await next(http);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (a Hang fault or its own timeout); nothing left to answer.
        }
        finally
        {
            var status = http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted ? 0 : http.Response.StatusCode;
            state.Requests.End(id, time, psa, http.Request, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Applies Autotask's hourly budget and thread limit; returns null when the request was refused.</summary>
    private async Task<IDisposable?> AutotaskLimitsAsync(HttpContext http)
    {
        var segments = http.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var endpoint = segments.Length > 2 ? segments[2] : "";
        if (endpoint.Length == 0 || endpoint.Equals("zoneInformation", StringComparison.OrdinalIgnoreCase))
        {
            // Zone discovery is exempt from both limits.
            return NoLimit.Instance;
        }

        if (state.AtLimits.Count(out var latency) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await WriteErrorAsync(http, 429, "The API request threshold of " + state.Options.AutotaskHourlyLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + " requests per hour has been exceeded. API access is suspended until the usage falls below the threshold.");
            return null;
        }

        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, http.RequestAborted);
        }

        var slot = state.AtLimits.Enter(http.Request.Headers["ApiIntegrationCode"].ToString(), endpoint);
        if (slot is null)
        {
            // Autotask rejects rather than queues, with a non-429 status that clients recognise by its text.
            await WriteErrorAsync(http, 500, state.AtLimits.ThreadMessage());
        }

        return slot;
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(
            System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string[]> { ["errors"] = [message] }), http.RequestAborted);
    }

    private sealed class NoLimit : IDisposable
    {
        public static readonly NoLimit Instance = new();

        public void Dispose()
        {
        }
    }
}
