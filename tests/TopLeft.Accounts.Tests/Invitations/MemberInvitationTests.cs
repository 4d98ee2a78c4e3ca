using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.Invitations;

// IAccountsModule.InviteMembersAsync as Licensing calls it; outside a request the link points at https://{slug}.{base domain}/.
[Collection(nameof(AccountsCollection))]
public sealed class MemberInvitationTests(AccountsFixture fixture)
{
    private sealed record UserRow(Guid Id, string UserName, string? Email, string Invitation);

    [Fact]
    public async Task Synced_members_are_invited_with_a_single_use_link_and_the_rest_are_skipped_with_the_reason()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        await SyncedAsync("acme", 9201, "inv1", "inv1@acme.test");
        await SyncedAsync("acme", 9202, "inv2", null);
        await SyncedAsync("acme", 9203, "inv3", "inv3@acme.test");
        (await admin.PostAsync($"/api/accounts/users/{await UserIdAsync(admin, "inv3")}/disable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await InvitationTests.AddMemberAsync(admin, "inv4", "inv4@acme.test");
        await AcceptAsync("inv4@acme.test", "http://acme.localhost", "inv4's password");
        await SyncedAsync("acme", 9204, "inv4-in-psa", "inv4@acme.test");

        var results = await InviteAsync("acme", 9201, 9202, 9203, 9204, 9299, 9201);

        results.Select(r => (r.PsaMemberId, r.Outcome)).ShouldBe(new[]
        {
            (9201, MemberInvitationOutcome.Invited), (9202, MemberInvitationOutcome.NoEmail), (9203, MemberInvitationOutcome.Disabled),
            (9204, MemberInvitationOutcome.AlreadyHasAccount), (9299, MemberInvitationOutcome.UnknownMember),
        });
        results[0].ShouldSatisfyAllConditions(r => r.Invited.ShouldBeTrue(), r => r.Email.ShouldBe("inv1@acme.test"), r => r.DisplayName.ShouldBe("Ian Nine"));
        results.Skip(1).ShouldAllBe(r => !r.Invited && r.Reason.Length > 0);
        await AcceptAsync("inv1@acme.test", "https://acme.localhost", "inv1's password");
        using var member = await fixture.SignedInAsync("acme", "inv1", "inv1's password");
        (await AccountsFixture.SessionUserNameAsync(member)).ShouldBe("inv1");
        (await InviteAsync("acme", 9201)).Single().Outcome.ShouldBe(MemberInvitationOutcome.AlreadyHasAccount);
    }

    [Fact]
    public async Task Inviting_a_member_again_before_they_accept_replaces_the_link()
    {
        await SyncedAsync("acme", 9211, "twice", "twice@acme.test");
        (await InviteAsync("acme", 9211)).Single().Invited.ShouldBeTrue();
        var first = await TokenAsync("twice@acme.test", "https://acme.localhost");

        (await InviteAsync("acme", 9211)).Single().Invited.ShouldBeTrue();

        var second = await Eventually.Get(() => TokenAsync("twice@acme.test", "https://acme.localhost"), token => token != first);
        using var visitor = new ApiClient(fixture.App, "acme");
        (await visitor.GetAsync($"/api/accounts/invitations/{first}")).StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await visitor.GetAsync($"/api/accounts/invitations/{second}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        (await admin.GetJsonAsync<List<UserRow>>("/api/accounts/users")).Single(u => u.UserName == "twice").Invitation.ShouldBe("pending");
    }

    [Fact]
    public async Task The_admins_to_ask_are_the_active_admins_of_the_callers_workspace_only()
    {
        await using var scope = await TenantScopeAsync("globex");

        var admins = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().GetAdminNamesAsync();

        admins.ShouldContain(new AdminContact("admin@globex.test", "admin@globex.test"));
        admins.ShouldNotContain(a => a.Email == "admin@acme.test");
    }

    private async Task<IReadOnlyList<MemberInvitationResult>> InviteAsync(string slug, params int[] psaIds)
    {
        await using var scope = await TenantScopeAsync(slug);
        return await scope.ServiceProvider.GetRequiredService<IAccountsModule>().InviteMembersAsync(psaIds);
    }

    private async Task SyncedAsync(string slug, int psaId, string userName, string? email)
    {
        await using var scope = await TenantScopeAsync(slug);
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<MemberSynced>>())
        {
            await handler.HandleAsync(new MemberSynced(psaId, userName, email, "Ian", "Nine"), default);
        }
    }

    private async Task<AsyncServiceScope> TenantScopeAsync(string slug)
    {
        var scope = fixture.App.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().FindTenantAsync(slug);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant!.Id, slug);
        return scope;
    }

    private async Task<string> TokenAsync(string email, string linkBase) =>
        (await fixture.Mail.WaitForAsync(email, "invited")).Link(linkBase).Query["?token=".Length..];

    private async Task AcceptAsync(string email, string linkBase, string password)
    {
        var token = await TokenAsync(email, linkBase);
        using var visitor = new ApiClient(fixture.App, "acme");
        (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password })).EnsureSuccessStatusCode();
    }

    private static async Task<Guid> UserIdAsync(ApiClient admin, string userName) =>
        (await admin.GetJsonAsync<List<UserRow>>("/api/accounts/users")).Single(u => u.UserName == userName).Id;
}
