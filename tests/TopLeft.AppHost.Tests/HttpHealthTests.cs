using System.Net;

namespace TopLeft.AppHost.Tests;

public sealed class HttpHealthTests
{
    [Theory]
    [InlineData(HttpStatusCode.OK, """{"status":"Healthy","entries":{}}""", "healthy")]
    [InlineData(HttpStatusCode.ServiceUnavailable, """{"status":"Unhealthy"}""", "unhealthy")]
    [InlineData(
        HttpStatusCode.ServiceUnavailable,
        """{"status":"Unhealthy","entries":{"postgres":{"status":"Healthy"},"quartz":{"status":"Unhealthy"},"cache":{"status":"Degraded"}}}""",
        "unhealthy (quartz, cache)")]
    [InlineData(HttpStatusCode.OK, "Degraded", "degraded")]
    [InlineData(HttpStatusCode.OK, "", "healthy")]
    [InlineData(HttpStatusCode.NotFound, "nothing here", "unhealthy (404)")]
    public void The_health_report_is_read_from_json_text_or_status_code(HttpStatusCode statusCode, string body, string expected)
    {
        HttpHealth.Interpret(statusCode, body).ShouldBe(expected);
    }
}
