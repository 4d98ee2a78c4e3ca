using System.Net;
using TopLeft.Testing;

namespace TopLeft.Portal.Tests.Features.NotifyAssignees;

[Collection(nameof(PortalCollection))]
public sealed class RedeliveryTests(PortalFixture fixture)
{
    [Fact]
    public async Task When_the_outbox_delivers_a_contact_change_again_the_assignees_get_no_second_email()
    {
        var a = fixture.Companies[1];
        await fixture.LicenseExactlyAsync(a.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions(ContactCanAddNotes: true));
        var contact = await fixture.ContactAsync(fixture.ContactsOf(a.PsaId)[0]);
        var keys = (await PortalFixture.CardKeysAsync(contact, board))!;
        var members = (await fixture.WithPsaAsync(psa => psa.GetMembersAsync())).ToDictionary(m => m.PsaId);
        var ticket = (await fixture.ServiceTicketsAsync())
            .First(t => keys.Contains(PortalFixture.Key(t)) && t.AssigneePsaIds.Count > 0 && t.AssigneePsaIds.All(m => members.ContainsKey(m) && members[m].Email is { Length: > 0 }));
        var assignees = ticket.AssigneePsaIds.Distinct().Select(id => members[id].Email!).ToList();
        var text = "Redelivered? " + Guid.NewGuid();
        (await contact.PostAsync($"/api/boards/{board}/cards/{PortalFixture.Key(ticket)}/notes", new { text, isInternal = false })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        foreach (var email in assignees)
        {
            await fixture.Mail.WaitForAsync(email, "added a note", text);
        }

        var database = fixture.App.Database;
        var eventRow = await Eventually.Get(
            () => database.ScalarAsync<Guid?>(
                $"""SELECT "Id" FROM boards.outbox_messages WHERE "Type" LIKE '%CardChangedByContact%' AND "Payload"->>'detail' = '{text}' AND "ProcessedAt" IS NOT NULL"""),
            id => id is not null);

        // The dispatcher takes the row as never handled, exactly as after a crash between the handler's commit and its own.
        await database.ScalarAsync<object>($"""UPDATE boards.outbox_messages SET "ProcessedAt" = NULL, "NextAttemptAt" = '1970-01-01T00:00:00Z' WHERE "Id" = '{eventRow}'""");
        await Eventually.Get(
            () => database.ScalarAsync<bool>($"""SELECT "ProcessedAt" IS NOT NULL FROM boards.outbox_messages WHERE "Id" = '{eventRow}'"""),
            handled => handled,
            TimeSpan.FromSeconds(30));
        var requested = await database.ScalarAsync<long>(
            $"""SELECT count(*) FROM portal.outbox_messages WHERE "Type" LIKE '%EmailRequested%' AND "Payload"->>'textBody' LIKE '%{text}%'""");
        var pending = await Eventually.Get(
            () => database.ScalarAsync<long>("""SELECT count(*) FROM portal.outbox_messages WHERE "ProcessedAt" IS NULL"""),
            count => count == 0,
            TimeSpan.FromSeconds(30));
        var mails = await fixture.Mail.MessagesAsync();

        requested.ShouldBe(assignees.Count);
        pending.ShouldBe(0);
        foreach (var email in assignees)
        {
            mails.Count(m => m.IsTo(email) && (m.Text ?? "").Contains(text, StringComparison.Ordinal)).ShouldBe(1);
        }
    }
}
