using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Users;

namespace TopLeft.Accounts.Tests.Users;

[Collection(nameof(ConnectedWorkspaceCollection))]
public sealed class PsaMembersTests(ConnectedWorkspaceFixture fixture)
{
    [Fact]
    public async Task The_users_page_shows_which_members_have_personal_psa_api_keys_stored()
    {
        using var admin = await fixture.AdminAsync();
        var member = fixture.Members[0];

        (await admin.PutAsync($"/api/integrations/members/{member.PsaId}/api-keys", new { publicKey = "MemberPublic", privateKey = "MemberPrivate" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var users = await admin.GetJsonAsync<List<ConnectedWorkspaceFixture.UserRow>>("/api/accounts/users");
        users.Single(u => u.UserName == member.UserName).PsaApiKeysSet.ShouldBeTrue();
        users.Where(u => u.UserName != member.UserName).ShouldAllBe(u => !u.PsaApiKeysSet);
        (await admin.DeleteAsync($"/api/integrations/members/{member.PsaId}/api-keys")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetJsonAsync<List<ConnectedWorkspaceFixture.UserRow>>("/api/accounts/users")).Single(u => u.UserName == member.UserName)
            .PsaApiKeysSet.ShouldBeFalse();
    }

    [Fact]
    public async Task A_synced_member_without_a_user_is_given_one_from_the_psa_data_and_invited()
    {
        var member = fixture.Members[1];
        await using (var scope = await fixture.TenantScopeAsync())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            (await users.DeleteAsync((await users.FindByNameAsync(member.UserName))!)).Succeeded.ShouldBeTrue();
        }

        IReadOnlyList<MemberInvitationResult> results;
        await using (var scope = await fixture.TenantScopeAsync())
        {
            results = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().InviteMembersAsync([member.PsaId]);
        }

        results.Single().ShouldSatisfyAllConditions(
            r => r.Outcome.ShouldBe(MemberInvitationOutcome.Invited), r => r.Email.ShouldBe(member.Email), r => r.DisplayName.ShouldBe(member.Name));
        using var admin = await fixture.AdminAsync();
        var user = (await admin.GetJsonAsync<List<ConnectedWorkspaceFixture.UserRow>>("/api/accounts/users")).Single(u => u.UserName == member.UserName);
        (user.Kind, user.Invitation).ShouldBe(("member", "pending"));
        var mail = await fixture.Mail.WaitForAsync(member.Email!, "invited");
        mail.Link($"https://{ConnectedWorkspaceFixture.Slug}.localhost/invitation?token=").ShouldNotBeNull();
    }
}
