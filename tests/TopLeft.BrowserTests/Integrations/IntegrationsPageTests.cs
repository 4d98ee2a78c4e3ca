using Microsoft.Playwright;
using TopLeft.BrowserTests.Licensing;

namespace TopLeft.BrowserTests.Integrations;

/// <summary>
/// The admin's Integrations pages against the PSA simulator process: the connection page tests the stored connection and
/// names a permission the API user lacks; the synchronization page starts a sync, shows its progress live and logs it.
/// </summary>
[Collection(nameof(ConnectedWorkspaceBrowserCollection))]
public sealed class IntegrationsPageTests(ConnectedWorkspaceBrowserFixture fixture)
{
    [Fact]
    public async Task The_connection_page_tests_the_stored_connection_names_a_missing_permission_and_refuses_a_blank_company_id()
    {
        var page = await fixture.SignedInAtAsync(ConnectedWorkspaceBrowserFixture.AdminEmail, ConnectedWorkspaceBrowserFixture.Password, "/admin/integrations/connection");
        await Assertions.Expect(page.GetByTestId("connection-summary")).ToContainTextAsync("Connected to ConnectWise PSA");
        var result = page.GetByTestId("test-result");
        var permissions = page.GetByRole(AriaRole.List, new() { Name = "Permissions" }).GetByTestId("permission");

        // Blank secrets mean "the stored ones": the test runs on the connection as saved.
        await page.GetByRole(AriaRole.Button, new() { Name = "Test connection" }).ClickAsync();

        await Assertions.Expect(result).ToContainTextAsync("Connection works");
        (await permissions.CountAsync()).ShouldBeGreaterThan(3);
        await Assertions.Expect(permissions.Filter(new() { HasText = "missing" })).ToHaveCountAsync(0);

        await using (await fixture.Simulator.FaultAsync(new { psa = "ConnectWise", kind = "ServerError", statusCode = 403, path = "*/system/members*" }))
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Test connection" }).ClickAsync();

            await Assertions.Expect(result).ToContainTextAsync("The API user lacks 1 permission");
            await Assertions.Expect(permissions.Filter(new() { HasText = "missing" })).ToHaveCountAsync(1);
            await Assertions.Expect(permissions.Filter(new() { HasText = "missing" })).ToContainTextAsync("Read members");
        }

        await page.GetByLabel("Company id").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("Enter your ConnectWise company id.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Company id")).Not.ToHaveValueAsync("");
    }

    [Fact]
    public async Task A_full_synchronization_started_on_the_page_shows_live_progress_and_lands_in_the_job_log()
    {
        // Slow PSA pages keep the run going long enough to watch it.
        await using var slow = await fixture.Simulator.FaultAsync(new { psa = "ConnectWise", kind = "Delay", delayMs = 700, count = 8, path = "*" });
        var page = await fixture.SignedInAtAsync(ConnectedWorkspaceBrowserFixture.AdminEmail, ConnectedWorkspaceBrowserFixture.Password, "/admin/integrations/sync");
        var log = page.GetByRole(AriaRole.Table, new() { Name = "Job log" });
        await Assertions.Expect(page.GetByTestId("request-budget")).ToContainTextAsync("PSA requests in the last hour");
        var runs = log.Locator("tbody tr[data-testid^='run-']");
        var runsBefore = await runs.CountAsync();

        await page.GetByLabel("Sync type").SelectOptionAsync("full");
        await Assertions.Expect(page.GetByText("Everything, from scratch.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Full synchronization progress" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("running-run")).ToContainTextAsync("requests");
        await Assertions.Expect(page.GetByTestId("running-run")).ToHaveCountAsync(0, new() { Timeout = 90_000 });

        var newest = runs.First;
        await Assertions.Expect(runs).ToHaveCountAsync(runsBefore + 1);
        await Assertions.Expect(newest).ToContainTextAsync("Full synchronization · manual");
        await Assertions.Expect(newest).ToContainTextAsync("Finished");

        // The started run's log is open, and it stays the one the admin can fold away.
        await Assertions.Expect(page.GetByTestId("run-log")).ToContainTextAsync("work items:");
        await newest.GetByRole(AriaRole.Button, new() { Name = "Hide log" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-log")).ToHaveCountAsync(0);
    }
}
