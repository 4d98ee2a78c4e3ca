using System.Net;
using Microsoft.Playwright;
using TopLeft.BrowserTests.Licensing;

namespace TopLeft.BrowserTests.Accounts;

[Collection(nameof(ConnectedWorkspaceBrowserCollection))]
public sealed class UsersPagePsaApiKeysTests(ConnectedWorkspaceBrowserFixture fixture)
{
    [Fact]
    public async Task The_users_page_shows_which_psa_members_have_personal_api_keys_set()
    {
        var (keyed, plain) = (fixture.Members[^1], fixture.Members[^2]);
        List<ConnectedWorkspaceBrowserFixture.UserRow> users;
        using (var admin = await fixture.AdminApiAsync())
        {
            (await admin.PutAsync($"/api/integrations/members/{keyed.PsaId}/api-keys", new { publicKey = "MemberPublic", privateKey = "MemberPrivate" }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
            users = await admin.GetJsonAsync<List<ConnectedWorkspaceBrowserFixture.UserRow>>("/api/accounts/users");
        }

        var page = await fixture.SignedInAtAsync(ConnectedWorkspaceBrowserFixture.AdminEmail, ConnectedWorkspaceBrowserFixture.Password, "/admin/users");

        var keyedRow = page.GetByTestId($"user-{users.Single(u => u.UserName == keyed.UserName).Id}");
        var plainRow = page.GetByTestId($"user-{users.Single(u => u.UserName == plain.UserName).Id}");
        await Assertions.Expect(keyedRow.GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync("Set");
        await Assertions.Expect(plainRow.GetByRole(AriaRole.Cell).Nth(4)).ToHaveTextAsync("Not set");
    }
}
