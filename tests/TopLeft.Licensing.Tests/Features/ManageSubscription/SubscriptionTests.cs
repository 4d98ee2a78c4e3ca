using System.Net;
using System.Net.Http.Json;

namespace TopLeft.Licensing.Tests.Features.ManageSubscription;

[Collection(nameof(LicensingCollection))]
public sealed class SubscriptionTests(LicensingFixture fixture)
{
    [Fact]
    public async Task A_downgrade_below_the_selected_members_is_refused_naming_how_many_to_unselect()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        foreach (var id in new[] { 1, 2, 3 })
        {
            await LicensingFixture.MemberSyncedAsync(fixture.First, slug, id, "user" + id);
        }

        using var admin = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);
        (await admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 3, portalCompanyLicenses = 0, endTrial = true })).EnsureSuccessStatusCode();
        (await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 1, 2, 3 }, sendInvitations = false })).EnsureSuccessStatusCode();

        var review = await (await admin.PostAsync("/api/licensing/subscription/review", new { memberLicenses = 1, portalCompanyLicenses = 0 })).Content.ReadFromJsonAsync<Review>();
        var refused = await admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 1, portalCompanyLicenses = 0 });

        review!.CanApply.ShouldBeFalse();
        review.MemberLicensesDelta.ShouldBe(-2);
        review.Problem!.ShouldContain("unselect 2 members");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<Problem>())!.Detail!.ShouldContain("unselect 2 members");
        (await admin.GetJsonAsync<SubscriptionState>("/api/licensing/subscription")).MemberLicenses.ShouldBe(3);
    }

    [Fact]
    public async Task Upgrading_and_downgrading_within_the_selection_is_applied_and_kept_in_the_history()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(fixture.First, slug);
        await LicensingFixture.MemberSyncedAsync(fixture.First, slug, 1, "user1");
        using var admin = await LicensingFixture.SignedInAdminAsync(fixture.First, slug);
        var trial = await admin.GetJsonAsync<SubscriptionState>("/api/licensing/subscription");
        trial.IsTrial.ShouldBeTrue();
        trial.BillingProvider.ShouldBe("in-app");

        var review = await (await admin.PostAsync("/api/licensing/subscription/review", new { memberLicenses = 5, portalCompanyLicenses = 2, endTrial = true })).Content.ReadFromJsonAsync<Review>();
        (await admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 5, portalCompanyLicenses = 2, endTrial = true })).EnsureSuccessStatusCode();
        (await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 1 }, sendInvitations = false })).EnsureSuccessStatusCode();
        var downgraded = await admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 1, portalCompanyLicenses = 1 });

        review!.CanApply.ShouldBeTrue();
        (review.IsTrial, review.MemberLicensesDelta, review.PortalCompanyLicensesDelta).ShouldBe((false, 5, 2));
        downgraded.StatusCode.ShouldBe(HttpStatusCode.OK, await downgraded.Content.ReadAsStringAsync());
        var now = await admin.GetJsonAsync<SubscriptionState>("/api/licensing/subscription");
        (now.IsTrial, now.MemberLicenses, now.PortalCompanyLicenses, now.LicensedMembers, now.MemberLicensesLeft).ShouldBe((false, 1, 1, 1, (int?)0));
        var history = await admin.GetJsonAsync<List<HistoryRow>>("/api/licensing/subscription/history");
        var changes = history.Where(h => h.Kind == "subscription").ToList();
        changes.Count.ShouldBe(2);
        changes.ShouldAllBe(h => h.BillingReference!.StartsWith("in-app-"));
        changes.ShouldContain(h => h.WasTrial == true && h.IsTrial == false && h.ToMemberLicenses == 5);
        changes.ShouldContain(h => h.FromMemberLicenses == 5 && h.ToMemberLicenses == 1);
    }

    [Fact]
    public async Task The_subscription_api_is_in_the_openapi_document()
    {
        using var http = fixture.First.ClientFor(null);

        var document = await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        document.ShouldContain("/api/licensing/subscription");
        document.ShouldContain("/api/licensing/members");
        document.ShouldContain("/api/licensing/me");
    }
}
