namespace TopLeft.Branding.Domain;

/// <summary>
/// A place a logo is shown, with the pixel sizes that look right there. The bounds are generous on purpose:
/// the browser scales the image down; they only refuse what cannot be meant (a 1-pixel logo, a poster).
/// </summary>
internal sealed record LogoSlot(string Name, string Label, int MinSide, int MaxWidth, int MaxHeight, bool Square)
{
    public static readonly LogoSlot Login = new("login", "sign-in page logo", 16, 2048, 1024, Square: false);
    public static readonly LogoSlot Menu = new("menu", "main menu logo", 16, 1024, 512, Square: false);
    public static readonly LogoSlot Favicon = new("favicon", "tab icon", 16, 512, 512, Square: true);

    public static readonly IReadOnlyList<LogoSlot> All = [Login, Menu, Favicon];

    public static LogoSlot? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    public string? Refusal(int width, int height)
    {
        if (width < MinSide || height < MinSide)
        {
            return $"The image is {width}×{height} pixels; a {Label} needs at least {MinSide} pixels on each side.";
        }

        if (width > MaxWidth || height > MaxHeight)
        {
            return $"The image is {width}×{height} pixels; a {Label} may be at most {MaxWidth}×{MaxHeight}. Scale it down and try again.";
        }

        return Square && width != height
            ? $"The image is {width}×{height} pixels; a {Label} must be square (for example 32×32, 64×64 or 256×256)."
            : null;
    }
}
