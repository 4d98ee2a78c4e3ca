using System.Net;
using System.Text.Json.Nodes;

namespace TopLeft.Portal.Tests.Features.ManageContacts;

[Collection(nameof(PortalCollection))]
public sealed class ContactAccessTests(PortalFixture fixture)
{
    [Fact]
    public async Task A_removed_contact_loses_access_at_once_and_an_invitation_brings_it_back()
    {
        var c = fixture.Companies[1];
        await fixture.LicenseExactlyAsync(c.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions());
        var person = fixture.ContactsOf(c.PsaId)[^1];
        using var contact = await fixture.InviteAndSignInAsync(person);
        (await PortalFixture.CardKeysAsync(contact, board)).ShouldNotBeNull();

        (await fixture.Admin.DeleteAsync($"/api/portal/contacts/{person.PsaId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var session = await contact.GetJsonAsync<JsonObject>("/api/session");
        var listed = await fixture.Admin.GetJsonAsync<JsonArray>($"/api/portal/companies/{c.PsaId}/contacts");
        using var again = await fixture.SignInAsync(person.Email!, PortalFixture.ContactPassword);
        var removedView = await PortalFixture.CardKeysAsync(again, board);
        using var reinvited = await fixture.InviteAndSignInAsync(person);

        session["user"].ShouldBeNull();
        listed.First(x => (int)x!["psaId"]! == person.PsaId)!["access"]!.GetValue<string>().ShouldBe("removed");
        removedView.ShouldBeNull();
        (await PortalFixture.CardKeysAsync(reinvited, board)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Contacts_of_an_unlicensed_company_cannot_be_invited_or_listed()
    {
        var c = fixture.Companies[2];
        await fixture.LicenseExactlyAsync(fixture.Companies[0].PsaId);

        var invite = await fixture.Admin.PostAsync($"/api/portal/contacts/{fixture.ContactsOf(c.PsaId)[0].PsaId}/invitation");
        var list = await fixture.Admin.GetAsync($"/api/portal/companies/{c.PsaId}/contacts");

        invite.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        list.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
