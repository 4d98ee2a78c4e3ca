using System.Net;
using System.Net.Http.Json;

namespace TopLeft.Host.Tests.Tenancy;

public sealed class TenantResolutionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private sealed record TenantResponse(string Slug, string Name, bool IsTrial);

    [Fact]
    public async Task The_tenant_comes_from_the_host_name()
    {
        using var client = fixture.App.ClientFor("acme");

        var tenant = await client.GetFromJsonAsync<TenantResponse>(new Uri("/api/tenant", UriKind.Relative));

        tenant.ShouldBe(new TenantResponse("acme", "Acme IT Services", true));
    }

    [Theory]
    [InlineData("nosuchmsp")]
    [InlineData(null)]
    public async Task An_unknown_or_missing_tenant_is_not_found(string? slug)
    {
        using var client = fixture.App.ClientFor(slug);

        var response = await client.GetAsync(new Uri("/api/tenant", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
