using System.Net;
using TopLeft.Testing;

namespace TopLeft.Accounts.Tests.Invitations;

// Its own Host: the SMTP server must be missing when the mail is written.
public sealed class MailDeliveryTests
{
    [Fact]
    public async Task An_invitation_written_while_the_mail_server_is_down_arrives_once_it_is_back()
    {
        await using var mail = MailCatcher.NotStarted();
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new TopLeftApp(database, TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Email:Smtp:Port"] = mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await app.StartAsync();
        using (var anonymous = new ApiClient(app, null))
        {
            (await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = "Down Co", slug = "downco", adminEmail = "admin@down.test", password = AccountsFixture.Password }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var admin = new ApiClient(app, "downco");
        await admin.PostAsync("/api/accounts/sign-in", new { username = "admin@down.test", password = AccountsFixture.Password, rememberMe = false });
        await admin.RefreshSessionAsync();
        await InvitationTests.AddMemberAsync(admin, "patient", "patient@down.test");

        await Eventually.Get(() => database.ScalarAsync<int>("SELECT coalesce(max(\"Attempts\"), 0) FROM accounts.outbox_messages"), attempts => attempts >= 1);
        await mail.StartServerAsync();

        var delivered = await mail.WaitForAsync("patient@down.test", "invited", TimeSpan.FromSeconds(40));
        delivered.Subject.ShouldContain("Down Co");
    }
}
