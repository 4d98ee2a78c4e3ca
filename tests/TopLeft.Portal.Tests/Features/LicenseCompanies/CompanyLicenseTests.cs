using System.Net;
using System.Text.Json.Nodes;
using TopLeft.Testing;

namespace TopLeft.Portal.Tests.Features.LicenseCompanies;

[Collection(nameof(PortalCollection))]
public sealed class CompanyLicenseTests(PortalFixture fixture)
{
    [Fact]
    public async Task Companies_beyond_the_licenses_bought_are_refused()
    {
        await fixture.LicenseExactlyAsync();
        (await fixture.Admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 20, portalCompanyLicenses = 2 })).EnsureSuccessStatusCode();
        try
        {
            var first = await fixture.Admin.PostAsync("/api/portal/companies", new { companyPsaId = fixture.Companies[0].PsaId });
            var second = await fixture.Admin.PostAsync("/api/portal/companies", new { companyPsaId = fixture.Companies[1].PsaId });
            var third = await fixture.Admin.PostAsync("/api/portal/companies", new { companyPsaId = fixture.Companies[2].PsaId });
            var state = await fixture.Admin.GetJsonAsync<JsonObject>("/api/portal/companies");

            first.StatusCode.ShouldBe(HttpStatusCode.OK);
            second.StatusCode.ShouldBe(HttpStatusCode.OK);
            third.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            state["used"]!.GetValue<int>().ShouldBe(2);
            state["left"]!.GetValue<int>().ShouldBe(0);
            state["companies"]!.AsArray().Select(c => (int)c!["psaId"]!).ShouldBe([fixture.Companies[0].PsaId, fixture.Companies[1].PsaId], ignoreOrder: true);
        }
        finally
        {
            (await fixture.Admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 20, portalCompanyLicenses = 50 })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task After_a_downgrade_below_the_licensed_companies_only_the_earliest_licensed_ones_keep_access()
    {
        var (first, second) = (fixture.Companies[0], fixture.Companies[1]);
        await fixture.LicenseExactlyAsync();
        await fixture.LicenseExactlyAsync(first.PsaId);
        await fixture.LicenseExactlyAsync(first.PsaId, second.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions());
        var early = await fixture.ContactAsync(fixture.ContactsOf(first.PsaId)[0]);
        var late = await fixture.ContactAsync(fixture.ContactsOf(second.PsaId)[0]);
        (await PortalFixture.CardKeysAsync(late, board)).ShouldNotBeNull();

        (await fixture.Admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 20, portalCompanyLicenses = 1 })).EnsureSuccessStatusCode();
        try
        {
            var earlyView = await PortalFixture.CardKeysAsync(early, board);
            var lateView = await PortalFixture.CardKeysAsync(late, board);

            earlyView.ShouldNotBeNull();
            lateView.ShouldBeNull();
        }
        finally
        {
            (await fixture.Admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 20, portalCompanyLicenses = 50 })).EnsureSuccessStatusCode();
        }

        (await PortalFixture.CardKeysAsync(late, board)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_company_search_finds_synced_companies_by_name()
    {
        var company = fixture.Companies[2];

        var matches = await fixture.Admin.GetJsonAsync<JsonArray>($"/api/portal/companies/search?q={Uri.EscapeDataString(company.Name[..Math.Min(5, company.Name.Length)])}");

        matches.ShouldContain(m => (int)m!["psaId"]! == company.PsaId);
    }

    [Fact]
    public async Task Removing_a_license_locks_the_contacts_out_at_once_and_restoring_it_lets_the_same_contacts_in_without_a_new_invitation()
    {
        var c = fixture.Companies[2];
        await fixture.LicenseExactlyAsync(c.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions());
        var person = fixture.ContactsOf(c.PsaId)[0];
        var contact = await fixture.ContactAsync(person);
        (await PortalFixture.CardKeysAsync(contact, board)).ShouldNotBeNull().ShouldNotBeEmpty();
        var invitationsBefore = (await fixture.Mail.MessagesAsync()).Count(m => m.IsTo(person.Email!) && m.Subject.Contains("invited", StringComparison.OrdinalIgnoreCase));

        (await fixture.Admin.DeleteAsync($"/api/portal/companies/{c.PsaId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var lockedOut = await PortalFixture.CardKeysAsync(contact, board);
        var menu = await contact.GetJsonAsync<JsonArray>("/api/boards");
        (await fixture.Admin.PostAsync("/api/portal/companies", new { companyPsaId = c.PsaId })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var restored = await PortalFixture.CardKeysAsync(contact, board);
        using var freshSignIn = await fixture.SignInAsync(person.Email!, PortalFixture.ContactPassword);
        var contacts = await fixture.Admin.GetJsonAsync<JsonArray>($"/api/portal/companies/{c.PsaId}/contacts");

        lockedOut.ShouldBeNull();
        menu.ShouldBeEmpty();
        restored.ShouldNotBeNull().ShouldNotBeEmpty();
        (await PortalFixture.CardKeysAsync(freshSignIn, board)).ShouldBe(restored, ignoreOrder: true);
        contacts.First(x => (int)x!["psaId"]! == person.PsaId)!["access"]!.GetValue<string>().ShouldBe("invited");
        (await fixture.Mail.MessagesAsync()).Count(m => m.IsTo(person.Email!) && m.Subject.Contains("invited", StringComparison.OrdinalIgnoreCase)).ShouldBe(invitationsBefore);
    }
}
