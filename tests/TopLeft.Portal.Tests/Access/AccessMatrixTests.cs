using System.Net;
using Xunit.Abstractions;

namespace TopLeft.Portal.Tests.Access;

/// <summary>
/// Random licensed companies, removed contacts and board options, round after round; every contact's menu and cards
/// on every board, and direct reads of cards they must not see, are compared with <see cref="Reference"/>.
/// </summary>
[Collection(nameof(PortalCollection))]
public sealed class AccessMatrixTests(PortalFixture fixture, ITestOutputHelper output)
{
    private sealed record Options(bool Enabled, bool OnlyMine, IReadOnlyList<int> CompanyAccess);

    /// <summary>The portal's rules, written plainly: what a contact sees on a board, or null when the board is not theirs.</summary>
    private static HashSet<string>? Reference(
        int contact, int company, bool removed, IReadOnlySet<int> licensed, Options options, IReadOnlyDictionary<string, (int? Company, int? Contact)> boardCards)
    {
        if (removed || !licensed.Contains(company) || !options.Enabled || (options.CompanyAccess.Count > 0 && !options.CompanyAccess.Contains(company)))
        {
            return null;
        }

        return boardCards.Where(c => c.Value.Company == company && (!options.OnlyMine || c.Value.Contact == contact)).Select(c => c.Key).ToHashSet();
    }

    [Fact]
    public async Task Random_companies_contacts_boards_and_options_agree_with_the_reference_with_zero_leaks()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var companies = fixture.Companies.Take(4).ToList();
        var people = companies.SelectMany(c => fixture.ContactsOf(c.PsaId).Take(2)).ToList();
        await fixture.LicenseExactlyAsync([.. companies.Select(c => c.PsaId)]);
        foreach (var person in people)
        {
            await fixture.ContactAsync(person);
        }

        var boards = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            boards.Add(await fixture.CreateBoardAsync());
        }

        var tickets = (await fixture.ServiceTicketsAsync()).ToDictionary(PortalFixture.Key, t => (t.CompanyPsaId, t.ContactPsaId));
        var removed = new HashSet<int>();
        var checkedCards = 0;
        for (var round = 0; round < 4; round++)
        {
            var licensed = companies.Where(_ => random.Next(4) > 0).Select(c => c.PsaId).ToHashSet();
            await fixture.LicenseExactlyAsync([.. licensed]);
            foreach (var person in people)
            {
                var remove = random.Next(5) == 0;
                if (remove && removed.Add(person.PsaId))
                {
                    (await fixture.Admin.DeleteAsync($"/api/portal/contacts/{person.PsaId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
                }
                else if (!remove && removed.Contains(person.PsaId) && licensed.Contains(person.CompanyPsaId!.Value))
                {
                    (await fixture.Admin.PostAsync($"/api/portal/contacts/{person.PsaId}/invitation")).StatusCode.ShouldBe(HttpStatusCode.OK);
                    removed.Remove(person.PsaId);
                }
            }

            var options = new Dictionary<Guid, Options>();
            foreach (var board in boards)
            {
                var access = companies.Where(_ => random.Next(3) == 0).Select(c => c.PsaId).ToList();
                var o = new Options(random.Next(5) > 0, random.Next(2) == 0, access);
                options[board] = o;
                await fixture.SetOptionsAsync(board, new PortalOptions(Enabled: o.Enabled, Visibility: o.OnlyMine ? "only-mine" : "company", CompanyAccess: o.CompanyAccess));
            }

            var boardCards = new Dictionary<Guid, Dictionary<string, (int? Company, int? Contact)>>();
            foreach (var board in boards)
            {
                boardCards[board] = (await PortalFixture.CardKeysAsync(fixture.Admin, board))!.ToDictionary(k => k, k => tickets[k]);
            }

            foreach (var person in people)
            {
                using var client = await fixture.SignInAsync(person.Email!, PortalFixture.ContactPassword);
                var menu = (await client.GetJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/boards")).Select(x => (Guid)x!["id"]!).ToHashSet();
                foreach (var board in boards)
                {
                    var expected = Reference(person.PsaId, person.CompanyPsaId!.Value, removed.Contains(person.PsaId), licensed, options[board], boardCards[board]);
                    var actual = await PortalFixture.CardKeysAsync(client, board);
                    var context = $"round {round}, contact {person.PsaId} of {person.CompanyPsaId}, board {board}, options {options[board]}, licensed [{string.Join(",", licensed)}], removed {removed.Contains(person.PsaId)}";

                    if (expected is null)
                    {
                        actual.ShouldBeNull(context);
                        menu.ShouldNotContain(board, context);
                    }
                    else
                    {
                        actual.ShouldNotBeNull(context);
                        actual.ShouldBe(expected, ignoreOrder: true, context);
                        menu.ShouldContain(board, context);
                    }

                    foreach (var key in boardCards[board].Keys.Where(k => expected is null || !expected.Contains(k)).OrderBy(_ => random.Next()).Take(3))
                    {
                        (await client.GetAsync($"/api/boards/{board}/cards/{key}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, context + " card " + key);
                        checkedCards++;
                    }
                }
            }

            var viewed = people[random.Next(people.Count)];
            if (!removed.Contains(viewed.PsaId) && licensed.Contains(viewed.CompanyPsaId!.Value))
            {
                (await fixture.Admin.PostAsync("/api/portal/view-as", new { contactPsaId = viewed.PsaId })).StatusCode.ShouldBe(HttpStatusCode.OK);
                foreach (var board in boards)
                {
                    var expected = Reference(viewed.PsaId, viewed.CompanyPsaId!.Value, false, licensed, options[board], boardCards[board]);
                    var actual = await PortalFixture.CardKeysAsync(fixture.Admin, board);
                    if (expected is null)
                    {
                        actual.ShouldBeNull($"View As {viewed.PsaId}, round {round}");
                    }
                    else
                    {
                        actual.ShouldBe(expected, ignoreOrder: true, $"View As {viewed.PsaId}, round {round}");
                    }
                }

                (await fixture.Admin.DeleteAsync("/api/portal/view-as")).StatusCode.ShouldBe(HttpStatusCode.OK);
            }
        }

        checkedCards.ShouldBeGreaterThan(0);
        foreach (var person in people.Where(p => removed.Contains(p.PsaId)))
        {
            await fixture.LicenseExactlyAsync([.. companies.Select(c => c.PsaId)]);
            (await fixture.Admin.PostAsync($"/api/portal/contacts/{person.PsaId}/invitation")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
