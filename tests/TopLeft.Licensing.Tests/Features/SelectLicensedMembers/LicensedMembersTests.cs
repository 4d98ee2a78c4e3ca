using System.Net;
using System.Net.Http.Json;
using TopLeft.Testing;

namespace TopLeft.Licensing.Tests.Features.SelectLicensedMembers;

[Collection(nameof(LicensingCollection))]
public sealed class LicensedMembersTests(LicensingFixture fixture)
{
    [Fact]
    public async Task Licensing_a_member_gives_board_access_at_once_and_unlicensing_removes_it_on_a_second_instance_too()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        await LicensingFixture.MemberSyncedAsync(fixture.First, slug, 100, "jadmin", LicensingFixture.AdminEmail(slug));
        await LicensingFixture.MemberSyncedAsync(fixture.First, slug, 101, "bsmith", "bsmith@example.test");
        using var first = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);
        using var second = await LicensingFixture.SignedInAdminAsync(fixture.Second, slug);
        // Both instances answer (and cache) "not licensed" first.
        (await first.GetJsonAsync<MyLicense>("/api/licensing/me")).Licensed.ShouldBeFalse();
        (await second.GetJsonAsync<MyLicense>("/api/licensing/me")).Licensed.ShouldBeFalse();
        (await second.GetAsync("/api/licensing/me/visibility")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await first.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 100 }, sendInvitations = false })).EnsureSuccessStatusCode();

        var mine = await second.GetJsonAsync<MyLicense>("/api/licensing/me");
        mine.Licensed.ShouldBeTrue();
        mine.PsaMemberId.ShouldBe(100);
        (await second.GetJsonAsync<MyVisibility>("/api/licensing/me/visibility")).LicensedMemberPsaIds.ShouldBe([100]);
        (await first.GetAsync("/api/licensing/me/visibility")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await first.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 101 }, sendInvitations = false })).EnsureSuccessStatusCode();

        (await second.GetAsync("/api/licensing/me/visibility")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var unlicensed = await second.GetJsonAsync<MyLicense>("/api/licensing/me");
        unlicensed.Licensed.ShouldBeFalse();
        unlicensed.AdminNames.ShouldNotBeEmpty();
        (await first.GetAsync("/api/licensing/me/visibility")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_trial_has_unlimited_licenses_but_members_must_still_be_selected()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        var ids = Enumerable.Range(200, 12).ToArray();
        foreach (var id in ids)
        {
            await LicensingFixture.MemberSyncedAsync(fixture.First, slug, id, "user" + id, $"user{id}@example.test");
        }

        using var admin = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);
        var before = await admin.GetJsonAsync<LicensedMembers>("/api/licensing/members");
        before.IsTrial.ShouldBeTrue();
        before.Limit.ShouldBeNull();
        before.Selected.ShouldBeEmpty();
        before.Available.Select(m => m.PsaId).ShouldBe(ids, ignoreOrder: true);

        var saved = await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = ids, sendInvitations = true });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var result = (await saved.Content.ReadFromJsonAsync<SavedSelection>())!;
        result.Used.ShouldBe(12);
        // Accounts has no users for these members (only Licensing heard of them), so nobody could be invited.
        result.Invitations.Count.ShouldBe(12);
        result.Invitations.ShouldAllBe(i => !i.Invited && i.Outcome == "unknownMember");
        var after = await admin.GetJsonAsync<LicensedMembers>("/api/licensing/members");
        after.Available.ShouldBeEmpty();
        after.Selected.Count.ShouldBe(12);
    }

    [Fact]
    public async Task Selecting_more_members_than_the_licenses_allow_is_refused_on_the_server()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        foreach (var id in new[] { 1, 2, 3 })
        {
            await LicensingFixture.MemberSyncedAsync(fixture.First, slug, id, "user" + id);
        }

        using var admin = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);
        (await admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 2, portalCompanyLicenses = 1, endTrial = true })).EnsureSuccessStatusCode();

        var refused = await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 1, 2, 3 }, sendInvitations = false });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<Problem>())!.Detail!.ShouldContain("unselect 1 member ");
        (await admin.GetJsonAsync<LicensedMembers>("/api/licensing/members")).Selected.ShouldBeEmpty();
        (await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 1, 2 }, sendInvitations = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var state = await admin.GetJsonAsync<LicensedMembers>("/api/licensing/members");
        (state.Used, state.Limit).ShouldBe((2, (int?)2));
    }

    [Fact]
    public async Task Unknown_or_inactive_members_cannot_be_licensed()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        await LicensingFixture.MemberSyncedAsync(fixture.First, slug, 1, "active");
        await LicensingFixture.MemberSyncedAsync(fixture.First, slug, 2, "leaver");
        await LicensingFixture.MemberDeactivatedAsync(fixture.First, slug, 2);
        using var admin = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);

        (await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 1, 2 }, sendInvitations = false })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 1, 99 }, sendInvitations = false })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await admin.GetJsonAsync<LicensedMembers>("/api/licensing/members")).Available.Select(m => m.PsaId).ShouldBe([1]);
    }

    [Fact]
    public async Task Only_admins_manage_licenses()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        using var anonymous = new ApiClient(fixture.First, slug);

        (await anonymous.GetAsync("/api/licensing/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/licensing/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
