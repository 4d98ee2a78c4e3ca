using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OtpNet;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Accounts;

// The Accounts issue's whole journey through the real pages: sign-up, TOTP, passkey, invitation.
[Collection(nameof(BrowserCollection))]
public sealed class AccountJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string AdminEmail = "owner@journey.test";
    private const string AdminPassword = "journey admin password";
    private MailCatcher _mail = null!;
    private TopLeftApp _app = null!;

    public async Task InitializeAsync()
    {
        _mail = await MailCatcher.StartAsync();
        _app = new TopLeftApp(await PostgresDatabase.CreateAsync(), TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Email:Smtp:Port"] = _mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _app.Database.DisposeAsync();
        await _mail.DisposeAsync();
    }

    [Fact]
    public async Task Sign_up_then_totp_then_passkey_then_an_invited_member_signs_in()
    {
        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // Sign-up at the bare domain creates the workspace.
        await page.GotoAsync($"http://localhost:{_app.BaseAddress.Port}/sign-up");
        await page.GetByLabel("Company name").FillAsync("Journey IT");
        await page.GetByLabel("Workspace address").FillAsync("journey");
        await page.GetByLabel("Your email (administrator)").FillAsync(AdminEmail);
        await page.GetByLabel("Password").First.FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create workspace" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Go to your workspace" })).ToBeVisibleAsync();

        // The admin signs in and turns on an authenticator app; the test computes the codes.
        await SignInWithPasswordAsync(page, AdminEmail, AdminPassword);
        await page.GotoAsync(_app.TenantUrl("journey", "/account/security").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up authenticator app" }).ClickAsync();
        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.GetByLabel("Verification code").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "I've saved my codes" }).First.ClickAsync();

        // Signing in again asks for the code.
        await context.ClearCookiesAsync();
        await page.GotoAsync(_app.TenantUrl("journey", "/sign-in").ToString());
        await page.GetByLabel("Username or email").FillAsync(AdminEmail);
        await page.GetByLabel("Password").First.FillAsync(AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/sign-in/two-factor"));
        await page.GetByLabel("Verification code").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(":\\d+/$"));

        // A passkey, from Chromium's virtual authenticator, registered and then used to sign in.
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });
        await page.GotoAsync(_app.TenantUrl("journey", "/account/security").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await page.GetByLabel("Passkey name").FillAsync("Test laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Your passkeys").GetByText("Test laptop")).ToBeVisibleAsync();

        await context.ClearCookiesAsync();
        await page.GotoAsync(_app.TenantUrl("journey", "/sign-in").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(":\\d+/$"));

        // The admin invites a member from the Users page.
        await page.GotoAsync(_app.TenantUrl("journey", "/admin/users").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true }).FillAsync("Mia Member");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Email", Exact = true }).FillAsync("mia@journey.test");
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Username", Exact = true }).FillAsync("mia");
        await dialog.GetByLabel("Send an invitation now").CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();

        // The member accepts from the e-mailed link, sets a password and signs in.
        var invitation = await _mail.WaitForAsync("mia@journey.test", "invited");
        var member = await (await fixture.Browser.NewContextAsync()).NewPageAsync();
        await member.GotoAsync(invitation.Link("http://journey.localhost").ToString());
        await member.GetByLabel("New password").FillAsync("mia's own password");
        await member.GetByLabel("Confirm password").FillAsync("mia's own password");
        await member.GetByRole(AriaRole.Button, new() { Name = "Set password and continue" }).ClickAsync();
        await Assertions.Expect(member).ToHaveURLAsync(new Regex("/sign-in"));
        await SignInWithPasswordAsync(member, "mia", "mia's own password");
        await Assertions.Expect(member.GetByText("Mia Member").First).ToBeVisibleAsync();
    }

    private async Task SignInWithPasswordAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync(_app.TenantUrl("journey", "/sign-in").ToString());
        await page.GetByLabel("Username or email").FillAsync(userName);
        await page.GetByLabel("Password").First.FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(":\\d+/$"));
    }
}
