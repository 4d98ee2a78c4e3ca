namespace TopLeft.Branding.Images;

/// <summary>What an image's header declares: its format and pixel size.</summary>
internal sealed record ImageHeader(ImageFormat Format, int Width, int Height);
