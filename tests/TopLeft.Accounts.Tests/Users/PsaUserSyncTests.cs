using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Tests.Invitations;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.Users;

// The handlers the outbox runs when the Integrations sync reports members; delivered here as the dispatcher does.
[Collection(nameof(AccountsCollection))]
public sealed class PsaUserSyncTests(AccountsFixture fixture)
{
    private sealed record UserRow(Guid Id, string UserName, string? Email, string Kind, bool Disabled);

    [Fact]
    public async Task A_synced_member_becomes_a_user_once_however_often_it_is_delivered()
    {
        await DeliverAsync("acme", new MemberSynced(9001, "tsmith", "tsmith@acme.test", "Tom", "Smith"));
        await DeliverAsync("acme", new MemberSynced(9001, "tsmith", "tsmith@acme.test", "Tom", "Smith"));
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");

        var users = await admin.GetJsonAsync<List<UserRow>>("/api/accounts/users");

        users.Count(u => u.UserName == "tsmith").ShouldBe(1);
        users.Single(u => u.UserName == "tsmith").Kind.ShouldBe("member");
    }

    [Fact]
    public async Task A_member_inactive_in_the_psa_is_disabled_at_once_and_never_re_enabled_by_a_later_sync()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        await InvitationTests.AddMemberAsync(admin, "leaver", "leaver@acme.test");
        var token = (await fixture.Mail.WaitForAsync("leaver@acme.test", "invited")).Link("http://acme.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(fixture.App, "acme"))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "leaver's password" })).EnsureSuccessStatusCode();
        }

        await DeliverAsync("acme", new MemberSynced(9002, "leaver", "leaver@acme.test", "Lee", "Ver"));
        using var member = await fixture.SignedInAsync("acme", "leaver", "leaver's password");

        await DeliverAsync("acme", new MemberDeactivated(9002, "leaver"));

        (await AccountsFixture.SessionUserNameAsync(member)).ShouldBeNull();
        await DeliverAsync("acme", new MemberSynced(9002, "leaver", "leaver@acme.test", "Lee", "Ver"));
        var users = await admin.GetJsonAsync<List<UserRow>>("/api/accounts/users");
        users.Single(u => u.UserName == "leaver").Disabled.ShouldBeTrue();
    }

    [Fact]
    public async Task The_admin_who_signed_up_is_linked_to_their_psa_member_by_e_mail()
    {
        await DeliverAsync("globex", new MemberSynced(9100, "gadmin", "admin@globex.test", "Glo", "Bex"));
        using var admin = await fixture.SignedInAsync("globex", "admin@globex.test");

        var users = await admin.GetJsonAsync<List<UserRow>>("/api/accounts/users");

        users.ShouldNotContain(u => u.UserName == "gadmin");
        users.Single(u => u.Email == "admin@globex.test").Kind.ShouldBe("admin");
    }

    private async Task DeliverAsync<TEvent>(string slug, TEvent @event)
        where TEvent : IIntegrationEvent
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().FindTenantAsync(slug);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant!.Id, slug);
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync(@event, default);
        }
    }
}
