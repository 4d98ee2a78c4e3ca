using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.ApiTokens;

[Collection(nameof(AccountsCollection))]
public sealed class ApiTokenTests(AccountsFixture fixture)
{
    private sealed record CreatedToken(Guid Id, string Name, string Token);

    [Fact]
    public async Task An_admin_api_token_reaches_the_admin_api_until_it_is_revoked()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        var created = await (await admin.PostAsync("/api/accounts/api-tokens", new { name = "CI export" })).Content.ReadFromJsonAsync<CreatedToken>();
        using var script = new ApiClient(fixture.App, "acme");
        script.DefaultHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created!.Token);
        using var elsewhere = new ApiClient(fixture.App, "globex");
        elsewhere.DefaultHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Token);

        (await script.GetAsync("/api/accounts/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await script.PostAsync("/api/accounts/users", new { displayName = "Via API", userName = "viaapi", email = "viaapi@acme.test", kind = "member", isAdmin = false, sendInvitation = false }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await elsewhere.GetAsync("/api/accounts/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await admin.DeleteAsync($"/api/accounts/api-tokens/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await script.GetAsync("/api/accounts/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
