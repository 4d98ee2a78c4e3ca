using System.Net;
using System.Net.Http.Json;
using TopLeft.Testing;

namespace TopLeft.Branding.Tests.Features.SetLogo;

[Collection(nameof(BrandingCollection))]
public sealed class LogoUploadTests(BrandingFixture fixture)
{
    public static TheoryData<string, int, int> Slots => new()
    {
        { "login", 240, 80 },
        { "menu", 160, 40 },
        { "favicon", 32, 32 },
    };

    [Theory]
    [MemberData(nameof(Slots))]
    public async Task An_admin_sets_a_logo_and_it_is_served_at_its_content_hash_url_for_good(string slot, int width, int height)
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        var png = TestImages.Png(width, height);

        var response = await fixture.UploadAsync(admin, "acme", slot, png);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var url = UrlOf(await response.Content.ReadFromJsonAsync<Branding>(), slot)!;
        url.ShouldMatch($"^/api/branding/logos/{slot}/[0-9a-f]{{20}}\\.png$");
        using var anonymous = new ApiClient(fixture.App, "acme");
        UrlOf(await anonymous.GetJsonAsync<Branding>("/api/branding"), slot).ShouldBe(url);
        var logo = await anonymous.GetAsync(url);
        logo.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await logo.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        logo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        logo.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        logo.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        var stable = await anonymous.GetAsync($"/api/branding/logos/{slot}");
        stable.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stable.Headers.Location!.OriginalString.ShouldBe(url);
        stable.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task A_new_logo_gets_a_new_url_and_the_old_url_stops_serving()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        var first = UrlOf(await (await fixture.UploadAsync(admin, "acme", "menu", TestImages.Png(100, 30, red: 1))).Content.ReadFromJsonAsync<Branding>(), "menu");

        var second = UrlOf(await (await fixture.UploadAsync(admin, "acme", "menu", TestImages.Png(100, 30, red: 2))).Content.ReadFromJsonAsync<Branding>(), "menu");

        second.ShouldNotBe(first);
        (await admin.GetAsync(first!)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync(second!)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static TheoryData<string, string, string, string> OtherFormats => new()
    {
        { "JPEG", "login", "image/jpeg", ".jpg" },
        { "WebP", "menu", "image/webp", ".webp" },
        { "ICO", "favicon", "image/x-icon", ".ico" },
    };

    [Theory]
    [MemberData(nameof(OtherFormats))]
    public async Task Jpeg_webp_and_ico_logos_are_served_with_their_own_content_type(string format, string slot, string contentType, string extension)
    {
        using var admin = await fixture.SignedInAsync("globex", "admin@globex.test");
        var bytes = format switch
        {
            "JPEG" => TestImages.Jpeg(300, 100),
            "WebP" => TestImages.WebPLossless(200, 50),
            _ => TestImages.IcoWithPng(TestImages.Png(48, 48), 48),
        };

        // Declared as a generic binary: the format comes from the content, never from the client.
        var response = await fixture.UploadAsync(admin, "globex", slot, bytes, "application/octet-stream");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var url = UrlOf(await response.Content.ReadFromJsonAsync<Branding>(), slot)!;
        url.ShouldEndWith(extension);
        var served = await admin.GetAsync(url);
        served.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
    }

    public static TheoryData<string, int, string> HostileFiles => new()
    {
        { "html", 415, "not an image" },
        { "script", 415, "not an image" },
        { "svg", 415, "SVG files are not accepted" },
        { "bomb", 400, "100000×100000" },
        { "bomb-in-icon", 400, "100000×100000" },
        { "empty", 400, "The file is empty." },
        { "truncated", 400, "damaged" },
        { "tiny", 400, "at least 16 pixels" },
        { "poster", 400, "at most 2048×1024" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_refused_file_gets_a_message_and_the_previous_logo_stays(string file, int status, string message)
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        var before = UrlOf(await (await fixture.UploadAsync(admin, "acme", "login", TestImages.Png(200, 60, green: 99))).Content.ReadFromJsonAsync<Branding>(), "login");
        var bytes = file switch
        {
            "html" => TestImages.Html(),
            "script" => TestImages.Script(),
            "svg" => TestImages.SvgWithScript(),
            "bomb" => TestImages.PngBomb(),
            "bomb-in-icon" => TestImages.IcoWithPng(TestImages.PngBomb(), 16),
            "empty" => [],
            "truncated" => TestImages.TruncatedPng(),
            "tiny" => TestImages.Png(4, 4),
            _ => TestImages.Png(3000, 1200),
        };

        var response = await fixture.UploadAsync(admin, "acme", "login", bytes, "image/png");

        ((int)response.StatusCode).ShouldBe(status);
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        problem!.Title.ShouldBe("This file cannot be used as a logo.");
        problem.Detail.ShouldContain(message);
        UrlOf(await admin.GetJsonAsync<Branding>("/api/branding"), "login").ShouldBe(before);
        (await admin.GetAsync(before!)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_tab_icon_must_be_square()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");

        var response = await fixture.UploadAsync(admin, "acme", "favicon", TestImages.Png(64, 32));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<Problem>())!.Detail.ShouldContain("must be square");
    }

    [Fact]
    public async Task A_50_MB_upload_is_refused_before_its_body_is_sent()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");
        var before = UrlOf(await (await fixture.UploadAsync(admin, "acme", "menu", TestImages.Png(90, 30, blue: 7))).Content.ReadFromJsonAsync<Branding>(), "menu");
        using var huge = new HugeStream(50 * 1024 * 1024);
        using var content = new StreamContent(huge);
        content.Headers.ContentLength = huge.Length;
        content.Headers.ContentType = new("image/png");

        var response = await fixture.UploadAsync(admin, "acme", "/api/branding/logos/menu", content);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadFromJsonAsync<Problem>())!.Detail.ShouldContain("larger than 1 MB");
        huge.Position.ShouldBeLessThan(huge.Length);
        UrlOf(await admin.GetJsonAsync<Branding>("/api/branding"), "menu").ShouldBe(before);
    }

    [Fact]
    public async Task Resetting_a_logo_goes_back_to_the_default_and_retires_its_url()
    {
        using var admin = await fixture.SignedInAsync("globex", "admin@globex.test");
        var url = UrlOf(await (await fixture.UploadAsync(admin, "globex", "login", TestImages.Png(120, 40))).Content.ReadFromJsonAsync<Branding>(), "login");

        (await admin.DeleteAsync("/api/branding/logos/login")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await admin.GetJsonAsync<Branding>("/api/branding")).Login.ShouldBeNull();
        (await admin.GetAsync(url!)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync("/api/branding/logos/login")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_slot_is_not_found()
    {
        using var admin = await fixture.SignedInAsync("acme", "admin@acme.test");

        var response = await fixture.UploadAsync(admin, "acme", "wallpaper", TestImages.Png(100, 100));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadFromJsonAsync<Problem>())!.Detail.ShouldContain("login, menu and favicon");
    }

    private static string? UrlOf(Branding? branding, string slot) => slot switch
    {
        "login" => branding!.Login,
        "menu" => branding!.Menu,
        _ => branding!.Favicon,
    };

    /// <summary>Fifty megabytes that exist only as they are read, so the test itself buffers nothing.</summary>
    private sealed class HugeStream(long length) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            Array.Fill(buffer, (byte)'A', offset, n);
            Position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed record Branding(string? Login, string? Menu, string? Favicon);

public sealed record Problem(string Title, string Detail, int Status);
