namespace TopLeft.Branding.Images;

/// <summary>The raster formats a logo may have; the content type and extension are what we serve it with.</summary>
internal sealed record ImageFormat(string Name, string ContentType, string Extension)
{
    public static readonly ImageFormat Png = new("PNG", "image/png", "png");
    public static readonly ImageFormat Jpeg = new("JPEG", "image/jpeg", "jpg");
    public static readonly ImageFormat WebP = new("WebP", "image/webp", "webp");
    public static readonly ImageFormat Ico = new("ICO", "image/x-icon", "ico");

    public static readonly IReadOnlyList<ImageFormat> All = [Png, Jpeg, WebP, Ico];
}
