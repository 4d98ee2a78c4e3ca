using System.Net;
using TopLeft.Accounts.Tests.Invitations;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.Users;

[Collection(nameof(AccountsCollection))]
public sealed class UserAdministrationTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Disabling_a_user_ends_their_live_session_at_once_and_only_an_admin_re_enables()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        var id = await InvitationTests.AddMemberAsync(admin, "victim", "victim@acme.test");
        var token = (await fixture.Mail.WaitForAsync("victim@acme.test", "invited")).Link("http://acme.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(fixture.App, "acme"))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "victim's password" })).EnsureSuccessStatusCode();
        }

        using var member = await fixture.SignedInAsync("acme", "victim", "victim's password");
        (await AccountsFixture.SessionUserNameAsync(member)).ShouldBe("victim");

        (await admin.PostAsync($"/api/accounts/users/{id}/disable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await AccountsFixture.SessionUserNameAsync(member)).ShouldBeNull();
        using var again = new ApiClient(fixture.App, "acme");
        (await again.PostAsync("/api/accounts/sign-in", new { username = "victim", password = "victim's password", rememberMe = false }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await admin.PostAsync($"/api/accounts/users/{id}/enable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var back = await fixture.SignedInAsync("acme", "victim", "victim's password");
        (await AccountsFixture.SessionUserNameAsync(back)).ShouldBe("victim");
    }

    [Fact]
    public async Task Only_admins_reach_the_user_administration_api()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        await InvitationTests.AddMemberAsync(admin, "plain", "plain@acme.test");
        var token = (await fixture.Mail.WaitForAsync("plain@acme.test", "invited")).Link("http://acme.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(fixture.App, "acme"))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "plain's password" })).EnsureSuccessStatusCode();
        }

        using var member = await fixture.SignedInAsync("acme", "plain", "plain's password");
        using var anonymous = new ApiClient(fixture.App, "acme");

        (await member.GetAsync("/api/accounts/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await anonymous.GetAsync("/api/accounts/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.GetAsync("/api/accounts/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Security_events_are_in_the_audit_log()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");

        var audit = await admin.GetJsonAsync<List<AuditRow>>("/api/accounts/audit?take=200");

        audit.ShouldContain(a => a.Event == "sign-in" && a.UserName == "admin@acme.test");
        audit.ShouldAllBe(a => a.UserName == null || !a.UserName.EndsWith("@globex.test", StringComparison.Ordinal));
    }

    private sealed record AuditRow(long Id, DateTimeOffset At, string Event, string? UserName);
}
