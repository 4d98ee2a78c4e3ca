using System.Net;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.SignUp;

[Collection(nameof(AccountsCollection))]
public sealed class SignUpTests(AccountsFixture fixture)
{
    [Fact]
    public async Task A_new_msp_gets_a_trial_workspace_and_its_admin_can_sign_in()
    {
        await fixture.SignUpAsync("initech", "Initech Managed IT", "boss@initech.test");

        using var admin = await fixture.SignedInAsync("initech", "boss@initech.test");
        var session = await admin.GetJsonAsync<AccountsFixture.Session>("/api/session");

        session.User!.Kind.ShouldBe("admin");
        (await admin.GetAsync("/api/tenant")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_taken_workspace_address_is_refused_with_a_conflict()
    {
        using var anonymous = new ApiClient(fixture.App, null);

        var response = await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = "Copycat", slug = "acme", adminEmail = "x@copy.test", password = AccountsFixture.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("Bad Slug", "x@y.test", "correct horse battery", "slug")]
    [InlineData("okslug1", "not-an-email", "correct horse battery", "adminEmail")]
    [InlineData("okslug2", "x@y.test", "short", "password")]
    public async Task Bad_input_is_refused_with_the_field_named(string slug, string email, string password, string field)
    {
        using var anonymous = new ApiClient(fixture.App, null);

        var response = await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = "Some MSP", slug, adminEmail = email, password });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"\"{field}\"");
    }
}
