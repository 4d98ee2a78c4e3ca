using System.Net;

namespace TopLeft.Host.Tests.Infrastructure;

public sealed class HttpSurfaceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        using var client = fixture.App.ClientFor(null);

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        document.ShouldContain("\"/api/tenant\"");
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_problem_details_404_not_the_spa()
    {
        using var client = fixture.App.ClientFor("acme");

        var response = await client.GetAsync(new Uri("/api/no/such/thing", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        using var client = fixture.App.ClientFor("acme");

        var response = await client.GetAsync(new Uri("/api/tenant", UriKind.Relative));

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
    }

    [Fact]
    public async Task Client_side_routes_fall_back_to_the_single_page_app()
    {
        using var client = fixture.App.ClientFor("acme");

        var response = await client.GetAsync(new Uri("/admin/licensing", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("<div id=\"root\"");
    }
}
