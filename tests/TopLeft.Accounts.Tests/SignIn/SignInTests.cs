using System.Net;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.SignIn;

[Collection(nameof(AccountsCollection))]
public sealed class SignInTests(AccountsFixture fixture)
{
    [Fact]
    public async Task Wrong_passwords_lock_the_account_after_five_attempts_even_for_the_right_password()
    {
        await fixture.SignUpAsync("lockco", "Lock Co", "admin@lock.test");
        using var client = new ApiClient(fixture.App, "lockco");

        for (var i = 0; i < 4; i++)
        {
            (await client.PostAsync("/api/accounts/sign-in", new { username = "admin@lock.test", password = "wrong password!", rememberMe = false }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await client.PostAsync("/api/accounts/sign-in", new { username = "admin@lock.test", password = "wrong password!", rememberMe = false }))
            .StatusCode.ShouldBe(HttpStatusCode.Locked);
        (await client.PostAsync("/api/accounts/sign-in", new { username = "admin@lock.test", password = AccountsFixture.Password, rememberMe = false }))
            .StatusCode.ShouldBe(HttpStatusCode.Locked);
        (await AccountsFixture.SessionUserNameAsync(client)).ShouldBeNull();
    }

    [Fact]
    public async Task A_user_of_one_workspace_cannot_sign_in_at_another_workspaces_address()
    {
        using var atGlobex = new ApiClient(fixture.App, "globex");

        var response = await atGlobex.PostAsync("/api/accounts/sign-in", new { username = "admin@acme.test", password = AccountsFixture.Password, rememberMe = false });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_session_cookie_from_one_workspace_is_worthless_at_another()
    {
        using var atAcme = await fixture.SignedInAsync("acme", "admin@acme.test");
        using var atGlobex = new ApiClient(fixture.App, "globex", atAcme.Cookies);

        (await AccountsFixture.SessionUserNameAsync(atGlobex)).ShouldBeNull();
        (await atGlobex.GetAsync("/api/accounts/users")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_in_needs_a_workspace_address()
    {
        using var bare = new ApiClient(fixture.App, null);

        var response = await bare.PostAsync("/api/accounts/sign-in", new { username = "admin@acme.test", password = AccountsFixture.Password, rememberMe = false });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_change_without_the_anti_forgery_header_is_refused_for_a_signed_in_browser()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        admin.Cookies.GetCookies(fixture.App.BaseAddress)["XSRF-TOKEN"]!.Expired = true;
        using var forged = new HttpClient(new HttpClientHandler { CookieContainer = admin.Cookies }) { BaseAddress = fixture.App.BaseAddress };
        forged.DefaultRequestHeaders.Host = $"acme.localhost:{fixture.App.BaseAddress.Port}";

        var response = await forged.PostAsync(new Uri("/api/accounts/api-tokens", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { name = "csrf" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
