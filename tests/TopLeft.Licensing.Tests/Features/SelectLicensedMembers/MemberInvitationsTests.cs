using System.Net;
using System.Net.Http.Json;
using TopLeft.Testing;

namespace TopLeft.Licensing.Tests.Features.SelectLicensedMembers;

// Members arrive as the PSA sync delivers them: to Licensing (the member copy) and to Accounts (the member users).
[Collection(nameof(LicensingCollection))]
public sealed class MemberInvitationsTests(LicensingFixture fixture)
{
    [Fact]
    public async Task Saving_with_send_invitations_e_mails_newly_selected_members_a_link_they_can_accept_and_says_who_was_skipped()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        await LicensingFixture.MemberSyncedEverywhereAsync(fixture.First, slug, 300, "ainvite", $"ainvite@{slug}.test");
        await LicensingFixture.MemberSyncedEverywhereAsync(fixture.First, slug, 301, "nomail", null);
        await LicensingFixture.MemberSyncedEverywhereAsync(fixture.First, slug, 302, "theadmin", LicensingFixture.AdminEmail(slug));
        using var admin = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);

        var saved = await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 300, 301, 302 }, sendInvitations = true });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var invitations = (await saved.Content.ReadFromJsonAsync<SavedSelection>())!.Invitations.ToDictionary(i => i.PsaId);
        invitations[300].ShouldSatisfyAllConditions(i => i.Invited.ShouldBeTrue(), i => i.Outcome.ShouldBe("invited"), i => i.Email.ShouldBe($"ainvite@{slug}.test"));
        invitations[301].ShouldSatisfyAllConditions(i => i.Invited.ShouldBeFalse(), i => i.Outcome.ShouldBe("noEmail"));
        invitations[302].ShouldSatisfyAllConditions(i => i.Invited.ShouldBeFalse(), i => i.Outcome.ShouldBe("alreadyHasAccount"));
        var mail = await fixture.Mail.WaitForAsync($"ainvite@{slug}.test", "invited");
        var token = mail.Link($"http://{slug}.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(fixture.First, slug))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "ainvite's password" })).EnsureSuccessStatusCode();
        }

        using var member = new ApiClient(fixture.Second, slug);
        (await member.PostAsync("/api/accounts/sign-in", new { username = "ainvite", password = "ainvite's password", rememberMe = false })).EnsureSuccessStatusCode();
        await member.RefreshSessionAsync();
        (await member.GetJsonAsync<MyLicense>("/api/licensing/me")).ShouldSatisfyAllConditions(m => m.Licensed.ShouldBeTrue(), m => m.PsaMemberId.ShouldBe(300));
    }

    [Fact]
    public async Task Invitations_can_be_sent_after_saving_and_only_to_licensed_members()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        await LicensingFixture.MemberSyncedEverywhereAsync(fixture.First, slug, 310, "later", $"later@{slug}.test");
        await LicensingFixture.MemberSyncedEverywhereAsync(fixture.First, slug, 311, "unlicensed", $"unlicensed@{slug}.test");
        using var admin = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);
        var saved = await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 310 }, sendInvitations = false });
        var selection = (await saved.Content.ReadFromJsonAsync<SavedSelection>())!;
        selection.Added.ShouldBe([310]);
        selection.Invitations.ShouldBeEmpty();

        var sent = await admin.PostAsync("/api/licensing/members/invitations", new { psaIds = new[] { 310, 311 } });

        sent.StatusCode.ShouldBe(HttpStatusCode.OK, await sent.Content.ReadAsStringAsync());
        var rows = (await sent.Content.ReadFromJsonAsync<List<InvitationRow>>())!.ToDictionary(i => i.PsaId);
        rows[310].Invited.ShouldBeTrue();
        rows[310].Name.ShouldBe("First310 Last310");
        rows[311].ShouldSatisfyAllConditions(i => i.Invited.ShouldBeFalse(), i => i.Outcome.ShouldBe("notLicensed"));
        await fixture.Mail.WaitForAsync($"later@{slug}.test", "invited");
        (await fixture.Mail.MessagesAsync()).ShouldNotContain(m => m.IsTo($"unlicensed@{slug}.test"));
        (await admin.PostAsync("/api/licensing/members/invitations", new { psaIds = Array.Empty<int>() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unlicensed_user_is_told_the_names_and_e_mails_of_the_workspaces_admins()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        using var admin = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);

        var mine = await admin.GetJsonAsync<MyLicense>("/api/licensing/me");

        mine.Licensed.ShouldBeFalse();
        mine.Admins.ShouldBe([new AdminRow(LicensingFixture.AdminEmail(slug), LicensingFixture.AdminEmail(slug))]);
        mine.AdminNames.ShouldBe([LicensingFixture.AdminEmail(slug)]);
    }
}
