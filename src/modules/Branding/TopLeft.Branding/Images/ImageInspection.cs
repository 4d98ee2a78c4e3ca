namespace TopLeft.Branding.Images;

/// <summary>The outcome of reading an upload's header: either a header or the reason it is not an image we take.</summary>
internal sealed record ImageInspection(ImageHeader? Header, string? Refusal)
{
    public static ImageInspection Accepted(ImageHeader header) => new(header, null);

    public static ImageInspection Refused(string reason) => new(null, reason);
}
