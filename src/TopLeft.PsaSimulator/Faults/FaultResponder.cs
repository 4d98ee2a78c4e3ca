using System.Globalization;
using System.Text;

namespace TopLeft.PsaSimulator.Faults;

/// <summary>Turns a fired rule into the response each PSA really sends in that situation.</summary>
internal static class FaultResponder
{
    /// <summary>Returns true when the fault answered the request, false when the endpoint should still run.</summary>
    public static async Task<bool> ApplyAsync(HttpContext http, FaultRule rule, string psa)
    {
        var connectWise = psa == "ConnectWise";
        switch (rule.Kind)
        {
            case FaultKind.Delay:
                await Task.Delay(rule.DelayMs, http.RequestAborted);
                return false;
            case FaultKind.Hang:
                await Task.Delay(Timeout.Infinite, http.RequestAborted);
                return true;
            case FaultKind.Abort:
                http.Abort();
                return true;
            case FaultKind.TooManyRequests:
                var seconds = rule.RetryAfterSeconds ?? 30;
                if (rule.RetryAfterSeconds is { } retryAfter)
                {
                    http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                }

                await Write(http, 429, connectWise
                    ? $$"""{"error":"ConnectWiseAPI","message":"Too many requests. Please try again in {{seconds}} seconds."}"""
                    : """{"errors":["The request was rejected because the API request threshold has been exceeded. Please try again later."]}""");
                return true;
            case FaultKind.ServerError:
                await Write(http, rule.StatusCode, connectWise
                    ? """{"code":"UnexpectedError","message":"An unexpected error has occurred.","errors":null}"""
                    : """{"errors":["An unexpected error has occurred. Please try again."]}""");
                return true;
            case FaultKind.TruncatedBody:
                http.Response.StatusCode = 200;
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("""[{"id":1,"summary":"Trunc"""), http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                http.Abort();
                return true;
            default:
                return false;
        }
    }

    private static async Task Write(HttpContext http, int status, string body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body, http.RequestAborted);
    }
}
