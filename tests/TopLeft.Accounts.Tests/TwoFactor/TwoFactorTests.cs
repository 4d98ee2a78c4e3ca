using System.Net;
using System.Net.Http.Json;
using OtpNet;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.TwoFactor;

[Collection(nameof(AccountsCollection))]
public sealed class TwoFactorTests(AccountsFixture fixture)
{
    private sealed record Setup(string SharedKey, string AuthenticatorUri, string QrCodeSvg);

    private sealed record Codes(List<string> RecoveryCodes);

    private sealed record SignInResult(bool RequiresTwoFactor, bool RequiresTwoFactorSetup);

    [Fact]
    public async Task An_authenticator_app_becomes_the_second_factor_and_recovery_codes_work_once()
    {
        await fixture.SignUpAsync("totpco", "TOTP Co", "admin@totp.test");
        using var admin = await fixture.SignedInAsync("totpco", "admin@totp.test");

        var setup = await (await admin.PostAsync("/api/accounts/me/authenticator")).Content.ReadFromJsonAsync<Setup>();
        setup!.QrCodeSvg.ShouldStartWith("<svg");
        setup.AuthenticatorUri.ShouldStartWith("otpauth://totp/");
        var totp = new Totp(Base32Encoding.ToBytes(setup.SharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()));
        var wrong = await admin.PostAsync("/api/accounts/me/authenticator/verify", new { code = "000000" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("\"code\"");
        var verify = await admin.PostAsync("/api/accounts/me/authenticator/verify", new { code = totp.ComputeTotp() });
        verify.StatusCode.ShouldBe(HttpStatusCode.OK);
        var codes = (await verify.Content.ReadFromJsonAsync<Codes>())!.RecoveryCodes;
        codes.Count.ShouldBe(10);
        (await AccountsFixture.SessionUserNameAsync(admin)).ShouldBe("admin@totp.test", "enabling 2FA keeps the current session");

        // Signing in again now needs the second factor.
        using var next = new ApiClient(fixture.App, "totpco");
        var first = await (await next.PostAsync("/api/accounts/sign-in", new { username = "admin@totp.test", password = AccountsFixture.Password, rememberMe = false }))
            .Content.ReadFromJsonAsync<SignInResult>();
        first!.RequiresTwoFactor.ShouldBeTrue();
        (await AccountsFixture.SessionUserNameAsync(next)).ShouldBeNull();
        (await next.PostAsync("/api/accounts/sign-in/two-factor", new { code = totp.ComputeTotp(), rememberMachine = false, useRecoveryCode = false }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await next.RefreshSessionAsync();
        (await AccountsFixture.SessionUserNameAsync(next)).ShouldBe("admin@totp.test");

        // A recovery code signs in once, never twice.
        (await RecoverAsync(codes[0])).ShouldBe(HttpStatusCode.OK);
        (await RecoverAsync(codes[0])).ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpStatusCode> RecoverAsync(string code)
    {
        using var client = new ApiClient(fixture.App, "totpco");
        await client.PostAsync("/api/accounts/sign-in", new { username = "admin@totp.test", password = AccountsFixture.Password, rememberMe = false });
        return (await client.PostAsync("/api/accounts/sign-in/two-factor", new { code, rememberMachine = false, useRecoveryCode = true })).StatusCode;
    }
}
