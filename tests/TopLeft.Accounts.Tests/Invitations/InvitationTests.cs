using System.Net;
using System.Net.Http.Json;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.Invitations;

[Collection(nameof(AccountsCollection))]
public sealed class InvitationTests(AccountsFixture fixture)
{
    private sealed record Created(Guid Id);

    [Fact]
    public async Task An_invited_member_accepts_from_the_emailed_link_sets_a_password_and_signs_in()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        await AddMemberAsync(admin, "jdoe", "jdoe@acme.test");

        var mail = await fixture.Mail.WaitForAsync("jdoe@acme.test", "invited");
        var link = mail.Link("http://acme.localhost");
        var token = link.Query["?token=".Length..];
        using var visitor = new ApiClient(fixture.App, "acme");

        (await visitor.GetAsync($"/api/accounts/invitations/{token}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "short" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "jane's new password" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var member = await fixture.SignedInAsync("acme", "jdoe", "jane's new password");

        (await AccountsFixture.SessionUserNameAsync(member)).ShouldBe("jdoe");
        (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "another password!" })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await visitor.GetAsync($"/api/accounts/invitations/{token}")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Resending_replaces_the_old_link_and_an_expired_link_says_so()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        var id = await AddMemberAsync(admin, "resend", "resend@acme.test");
        var first = (await fixture.Mail.WaitForAsync("resend@acme.test", "invited")).Link("http://acme.localhost");

        (await admin.PostAsync($"/api/accounts/users/{id}/invitation")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var second = await Eventually.Get(
            async () => (await fixture.Mail.MessagesAsync()).Where(m => m.IsTo("resend@acme.test")).ToList(), all => all.Count == 2);
        var secondToken = second[1].Link("http://acme.localhost").Query["?token=".Length..];
        using var visitor = new ApiClient(fixture.App, "acme");

        (await visitor.GetAsync($"/api/accounts/invitations/{first.Query["?token=".Length..]}")).StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await visitor.GetAsync($"/api/accounts/invitations/{secondToken}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await fixture.App.Database.ScalarAsync<int>($"UPDATE accounts.invitations SET \"ExpiresAt\" = now() - interval '1 minute' WHERE \"UserId\" = '{id}'");
        var expired = await visitor.GetAsync($"/api/accounts/invitations/{secondToken}");
        expired.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await expired.Content.ReadAsStringAsync()).ShouldContain("expired");
        (await visitor.PostAsync($"/api/accounts/invitations/{secondToken}/accept", new { password = "late but long enough" })).StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task An_invitation_link_of_one_workspace_does_nothing_at_another()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        await AddMemberAsync(admin, "crosser", "crosser@acme.test");
        var token = (await fixture.Mail.WaitForAsync("crosser@acme.test", "invited")).Link("http://acme.localhost").Query["?token=".Length..];
        using var atGlobex = new ApiClient(fixture.App, "globex");

        (await atGlobex.GetAsync($"/api/accounts/invitations/{token}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    internal static async Task<Guid> AddMemberAsync(ApiClient admin, string userName, string email, bool invite = true)
    {
        var response = await admin.PostAsync("/api/accounts/users", new { displayName = userName + " Example", userName, email, kind = "member", isAdmin = false, sendInvitation = invite });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
    }
}
