using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TopLeft.BrowserTests.Branding;

[Collection(nameof(BrandingBrowserCollection))]
public sealed class BrandingPageTests(BrandingBrowserFixture fixture)
{
    [Fact]
    public async Task A_login_logo_saved_on_the_branding_page_shows_on_the_sign_in_page_before_anyone_signs_in()
    {
        var admin = await fixture.AdminAtBrandingPageAsync();

        await UploadAsync(admin, "Sign-in page", "sign-in page logo", LogoPng.Create(240, 80, 10, 120, 200));

        var visitor = await fixture.OpenAsync("/sign-in");
        var logo = visitor.GetByTestId("login-logo");
        await Assertions.Expect(logo).ToBeVisibleAsync();
        await Assertions.Expect(logo).ToHaveAttributeAsync("src", "/api/branding/logos/login");
        (await NaturalWidthAsync(logo)).ShouldBe(240);
    }

    [Fact]
    public async Task A_menu_logo_saved_on_the_branding_page_replaces_the_mark_in_the_main_menu_at_once_and_after_a_reload()
    {
        var admin = await fixture.AdminAtBrandingPageAsync();

        await UploadAsync(admin, "Main menu", "main menu logo", LogoPng.Create(160, 40, 200, 60, 20));

        var menuLogo = admin.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByTestId("menu-logo");
        await Assertions.Expect(menuLogo).ToHaveAttributeAsync("src", HashUrl("menu"));
        (await NaturalWidthAsync(menuLogo)).ShouldBe(160);
        await admin.ReloadAsync();
        await Assertions.Expect(menuLogo).ToBeVisibleAsync();
        (await NaturalWidthAsync(menuLogo)).ShouldBe(160);
    }

    [Fact]
    public async Task A_tab_icon_saved_on_the_branding_page_becomes_the_favicon_in_the_app_and_on_the_sign_in_page()
    {
        var admin = await fixture.AdminAtBrandingPageAsync();

        await UploadAsync(admin, "Browser tab icon", "tab icon", LogoPng.Create(32, 32, 250, 200, 0));

        var icon = admin.Locator("head link[rel~='icon']");
        await Assertions.Expect(icon).ToHaveAttributeAsync("href", HashUrl("favicon"));
        (await FaviconWidthAsync(admin)).ShouldBe(32);
        var visitor = await fixture.OpenAsync("/sign-in");
        await Assertions.Expect(visitor.Locator("head link[rel~='icon']")).ToHaveAttributeAsync("href", HashUrl("favicon"));
        (await FaviconWidthAsync(visitor)).ShouldBe(32);
    }

    [Fact]
    public async Task An_svg_with_a_script_is_refused_on_the_page_with_a_message()
    {
        var admin = await fixture.AdminAtBrandingPageAsync();
        var slot = admin.GetByRole(AriaRole.Group, new() { Name = "Main menu" });

        await slot.GetByLabel("Choose a file for the main menu logo").SetInputFilesAsync(new FilePayload
        {
            Name = "logo.png",
            MimeType = "image/png",
            Buffer = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(),
        });
        await slot.GetByRole(AriaRole.Button, new() { Name = "Save main menu logo" }).ClickAsync();

        await Assertions.Expect(slot.GetByText("SVG files are not accepted", new() { Exact = false })).ToBeVisibleAsync();
    }

    private static async Task UploadAsync(IPage page, string group, string label, byte[] png)
    {
        var slot = page.GetByRole(AriaRole.Group, new() { Name = group });
        await slot.GetByLabel($"Choose a file for the {label}").SetInputFilesAsync(new FilePayload { Name = "logo.png", MimeType = "image/png", Buffer = png });
        await Assertions.Expect(slot.GetByRole(AriaRole.Img, new() { Name = $"New {label} (not saved yet)" })).ToBeVisibleAsync();
        await slot.GetByRole(AriaRole.Button, new() { Name = $"Save {label}" }).ClickAsync();
        await Assertions.Expect(slot.GetByRole(AriaRole.Img, new() { Name = $"Current {label}" })).ToHaveAttributeAsync("src", HashUrl(SlotOf(label)));
    }

    private static string SlotOf(string label) => label switch
    {
        "sign-in page logo" => "login",
        "main menu logo" => "menu",
        _ => "favicon",
    };

    private static Regex HashUrl(string slot) => new($"^/api/branding/logos/{slot}/[0-9a-f]{{20}}\\.png$");

    // Waits for the image to load, then reports its decoded width: proof the browser displayed our bytes.
    private static async Task<int> NaturalWidthAsync(ILocator image) =>
        await image.EvaluateAsync<int>("async img => { if (!img.complete) await img.decode(); return img.naturalWidth; }");

    private static async Task<int> FaviconWidthAsync(IPage page) =>
        await page.EvaluateAsync<int>(
            "async () => { const img = new Image(); img.src = document.querySelector(\"link[rel~='icon']\").href; await img.decode(); return img.naturalWidth; }");
}
