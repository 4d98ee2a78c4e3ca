using System.Net;
using System.Net.Http.Json;
using TopLeft.Testing;

namespace TopLeft.Branding.Tests.Features.SetLogo;

[Collection(nameof(BrandingCollection))]
public sealed class LogoAccessTests(BrandingFixture fixture)
{
    [Fact]
    public async Task A_tenants_logos_never_appear_at_another_tenants_address()
    {
        using var acme = await fixture.SignedInAsync("acme", "admin@acme.test");
        using var globex = await fixture.SignedInAsync("globex", "admin@globex.test");
        await globex.DeleteAsync("/api/branding/logos/favicon");
        var url = (await (await fixture.UploadAsync(acme, "acme", "favicon", TestImages.Png(64, 64))).Content.ReadFromJsonAsync<Branding>())!.Favicon!;
        using var globexVisitor = new ApiClient(fixture.App, "globex");

        (await globexVisitor.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await globex.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await globexVisitor.GetJsonAsync<Branding>("/api/branding")).Favicon.ShouldBeNull();
        (await globexVisitor.GetAsync("/api/branding/logos/favicon")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await new ApiClient(fixture.App, "acme").GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_admins_may_change_logos_while_everyone_may_see_them()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        var created = await admin.PostAsync("/api/accounts/users", new { displayName = "Pat Member", userName = "pat", email = "pat@acme.test", kind = "member", isAdmin = false, sendInvitation = true });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var token = (await fixture.Mail.WaitForAsync("pat@acme.test", "invited")).Link("http://acme.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(fixture.App, "acme"))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "pat's own password" })).EnsureSuccessStatusCode();
        }

        using var member = await fixture.SignedInAsync("acme", "pat", "pat's own password");
        using var anonymous = new ApiClient(fixture.App, "acme");
        var png = TestImages.Png(100, 40);

        (await fixture.UploadAsync(member, "acme", "login", png)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.DeleteAsync("/api/branding/logos/login")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await fixture.UploadAsync(anonymous, "acme", "login", png)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync("/api/branding/logos/login")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await member.GetAsync("/api/branding")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/api/branding")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_address_without_a_workspace_has_no_branding()
    {
        using var nobody = new ApiClient(fixture.App, "nosuchmsp");

        (await nobody.GetAsync("/api/branding")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_logo_api_is_in_the_openapi_document()
    {
        using var client = new ApiClient(fixture.App, null);

        var document = await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();

        document.ShouldContain("\"/api/branding\"");
        document.ShouldContain("\"/api/branding/logos/{slot}\"");
        document.ShouldContain("\"/api/branding/logos/{slot}/{file}\"");
        document.ShouldContain("image/png");
    }
}
