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
}
