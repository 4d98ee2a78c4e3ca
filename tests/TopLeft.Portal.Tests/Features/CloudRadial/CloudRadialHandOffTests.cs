using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TopLeft.Portal.Features.CloudRadial;
using TopLeft.Testing;

namespace TopLeft.Portal.Tests.Features.CloudRadial;

[Collection(nameof(PortalCollection))]
public sealed class CloudRadialHandOffTests(PortalFixture fixture)
{
    [Fact]
    public async Task A_valid_hand_off_signs_in_any_contact_of_a_licensed_company_once_and_bad_or_expired_tokens_are_refused()
    {
        var (a, b) = (fixture.Companies[3 % fixture.Companies.Count], fixture.Companies[0]);
        await fixture.LicenseExactlyAsync(a.PsaId);
        var board = await fixture.CreateBoardAsync();
        await fixture.SetOptionsAsync(board, new PortalOptions());
        var secret = (await (await fixture.Admin.PostAsync("/api/portal/cloudradial/secret")).Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
        var person = fixture.ContactsOf(a.PsaId)[^1];
        var outsider = fixture.ContactsOf(b.PsaId)[^1];
        var now = DateTimeOffset.UtcNow;
        string Token(string email, DateTimeOffset expires, string key, string tenant = PortalFixture.Slug) =>
            CloudRadialToken.Create(key, new CloudRadialToken.Payload(tenant, email, expires.ToUnixTimeSeconds(), Guid.NewGuid().ToString("N")));
        var valid = Token(person.Email!, now.AddMinutes(5), secret);

        using var browser = new ApiClient(fixture.App, PortalFixture.Slug);
        var signedIn = await browser.GetAsync($"/api/portal/cloudradial/hand-off?token={valid}");
        await browser.RefreshSessionAsync();
        var session = await browser.GetJsonAsync<JsonObject>("/api/session");
        var cards = await PortalFixture.CardKeysAsync(browser, board);
        var tickets = await fixture.ServiceTicketsAsync();
        using var replay = new ApiClient(fixture.App, PortalFixture.Slug);
        var replayed = await replay.GetAsync($"/api/portal/cloudradial/hand-off?token={valid}");
        using var other = new ApiClient(fixture.App, PortalFixture.Slug);
        var expired = await other.GetAsync($"/api/portal/cloudradial/hand-off?token={Token(person.Email!, now.AddSeconds(-5), secret)}");
        var tooLong = await other.GetAsync($"/api/portal/cloudradial/hand-off?token={Token(person.Email!, now.AddHours(2), secret)}");
        var forged = await other.GetAsync($"/api/portal/cloudradial/hand-off?token={Token(person.Email!, now.AddMinutes(5), "not the secret")}");
        var otherTenant = await other.GetAsync($"/api/portal/cloudradial/hand-off?token={Token(person.Email!, now.AddMinutes(5), secret, "elsewhere")}");
        var unlicensed = await other.GetAsync($"/api/portal/cloudradial/hand-off?token={Token(outsider.Email!, now.AddMinutes(5), secret)}");
        var otherSession = await other.GetJsonAsync<JsonObject>("/api/session");

        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        session["user"]!["kind"]!.GetValue<string>().ShouldBe("contact");
        cards.ShouldNotBeNull().ShouldNotBeEmpty();
        cards.ShouldAllBe(k => tickets.First(t => PortalFixture.Key(t) == k).CompanyPsaId == a.PsaId);
        foreach (var refused in new[] { replayed, expired, tooLong, forged, otherTenant, unlicensed })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        otherSession["user"].ShouldBeNull();
        (await fixture.Admin.GetJsonAsync<JsonArray>($"/api/portal/companies/{a.PsaId}/contacts"))
            .First(x => (int)x!["psaId"]! == person.PsaId)!["access"]!.GetValue<string>().ShouldBe("cloudradial");
    }

    [Fact]
    public async Task A_refused_hand_off_shows_a_browser_a_page_that_says_why_and_gives_an_api_client_problem_json_with_a_code()
    {
        var (a, b) = (fixture.Companies[2], fixture.Companies[0]);
        await fixture.LicenseExactlyAsync(a.PsaId);
        var secret = (await (await fixture.Admin.PostAsync("/api/portal/cloudradial/secret")).Content.ReadFromJsonAsync<JsonObject>())!["secret"]!.GetValue<string>();
        var now = DateTimeOffset.UtcNow;
        string Token(string email, DateTimeOffset expires, string key) =>
            CloudRadialToken.Create(key, new CloudRadialToken.Payload(PortalFixture.Slug, email, expires.ToUnixTimeSeconds(), Guid.NewGuid().ToString("N")));
        var expired = Token(fixture.ContactsOf(a.PsaId)[0].Email!, now.AddMinutes(-1), secret);
        var forged = Token(fixture.ContactsOf(a.PsaId)[0].Email!, now.AddMinutes(5), "not the secret");
        var unlicensed = Token(fixture.ContactsOf(b.PsaId)[0].Email!, now.AddMinutes(5), secret);
        const string browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

        async Task<HttpResponseMessage> HandOffAsync(string token, string? accept)
        {
            using var client = new ApiClient(fixture.App, PortalFixture.Slug);
            if (accept is not null)
            {
                client.DefaultHeaders.Accept.ParseAdd(accept);
            }

            return await client.GetAsync($"/api/portal/cloudradial/hand-off?token={token}");
        }

        var pages = new Dictionary<string, HttpResponseMessage>
        {
            ["expired"] = await HandOffAsync(expired, browserAccept),
            ["bad-signature"] = await HandOffAsync(forged, browserAccept),
            ["company-not-licensed"] = await HandOffAsync(unlicensed, browserAccept),
            ["malformed"] = await HandOffAsync("not-a-token", browserAccept),
        };
        var asJson = await HandOffAsync(expired, "application/json");
        var noAccept = await HandOffAsync(unlicensed, null);
        var anything = await HandOffAsync(forged, "*/*");

        foreach (var (code, page) in pages)
        {
            page.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            var html = await page.Content.ReadAsStringAsync();
            html.ShouldContain("We could not sign you in");
            html.ShouldContain($"data-refusal=\"{code}\"");
            html.ShouldContain("Portal Co client portal");
        }

        (await pages["expired"].Content.ReadAsStringAsync()).ShouldContain("The sign-in link has expired.");
        (await pages["bad-signature"].Content.ReadAsStringAsync()).ShouldContain("The sign-in link could not be verified.");
        (await pages["company-not-licensed"].Content.ReadAsStringAsync()).ShouldContain("Your company does not have access to the client portal.");
        foreach (var (response, code) in new[] { (asJson, "expired"), (noAccept, "company-not-licensed"), (anything, "bad-signature") })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            problem["code"]!.GetValue<string>().ShouldBe(code);
            problem["detail"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        }
    }
}
