using TopLeft.Branding.Images;

namespace TopLeft.Branding.Tests.Images;

public sealed class ImageInspectorTests
{
    [Fact]
    public void A_png_is_recognised_with_the_size_in_its_header()
    {
        var header = ImageInspector.Inspect(TestImages.Png(300, 80)).Header;

        header.ShouldBe(new ImageHeader(ImageFormat.Png, 300, 80));
    }

    [Fact]
    public void A_jpeg_is_measured_from_its_frame_header_after_the_segments_before_it()
    {
        var header = ImageInspector.Inspect(TestImages.Jpeg(640, 200)).Header;

        header.ShouldBe(new ImageHeader(ImageFormat.Jpeg, 640, 200));
    }

    [Fact]
    public void Lossless_and_extended_webp_are_measured()
    {
        ImageInspector.Inspect(TestImages.WebPLossless(120, 40)).Header.ShouldBe(new ImageHeader(ImageFormat.WebP, 120, 40));
        ImageInspector.Inspect(TestImages.WebPExtended(5000, 7000)).Header.ShouldBe(new ImageHeader(ImageFormat.WebP, 5000, 7000));
    }

    [Fact]
    public void An_icon_is_measured_by_the_png_inside_it_not_by_its_directory()
    {
        var header = ImageInspector.Inspect(TestImages.IcoWithPng(TestImages.PngBomb(), declaredSide: 32)).Header;

        header.ShouldBe(new ImageHeader(ImageFormat.Ico, 100_000, 100_000));
    }

    [Fact]
    public void A_classic_bitmap_icon_is_measured_by_its_directory_entry()
    {
        ImageInspector.Inspect(TestImages.IcoWithBitmap(32)).Header.ShouldBe(new ImageHeader(ImageFormat.Ico, 32, 32));
    }

    [Fact]
    public void An_icon_whose_entry_points_outside_the_file_is_damaged()
    {
        var ico = TestImages.IcoWithBitmap(32)[..60];

        ImageInspector.Inspect(ico).Refusal.ShouldBe("This ICO file is damaged: its header could not be read.");
    }

    [Fact]
    public void Svg_html_and_other_files_are_refused_by_content_whatever_their_name()
    {
        ImageInspector.Inspect(TestImages.SvgWithScript()).Refusal!.ShouldStartWith("SVG files are not accepted");
        ImageInspector.Inspect(TestImages.Html()).Refusal!.ShouldContain("not an image");
        ImageInspector.Inspect(TestImages.Script()).Refusal!.ShouldContain("not an image");
        ImageInspector.Inspect([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0x01]).Refusal.ShouldBe("This file is not a PNG, JPEG, WebP or ICO image.");
        ImageInspector.Inspect([]).Refusal.ShouldBe("The file is empty.");
    }

    [Fact]
    public void A_png_cut_off_in_its_header_is_damaged()
    {
        ImageInspector.Inspect(TestImages.TruncatedPng()).Refusal.ShouldBe("This PNG file is damaged: its header could not be read.");
    }
}
