using Microsoft.Playwright;
using TopLeft.Testing;

namespace TopLeft.BrowserTests;

/// <summary>The machine's Chromium, headless, with the flags every browser fixture needs in a container.</summary>
internal static class HeadlessChromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // CI runs every test assembly at once on two cores (load 30+): Playwright's 5 s default for an expectation
        // made a rare page too slow to count as a failure. Latency is the benchmark's business, not these tests'.
        Assertions.SetDefaultExpectTimeout(15_000);
        return Launch(playwright);
    }

    private static Task<IBrowser> Launch(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = TestEnvironment.Chromium,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        ],
    });
}
