namespace TopLeft.Branding.Features.ViewBranding;

/// <summary>The current logo URL per slot; null means the TopLeft default is shown.</summary>
internal sealed record BrandingResponse(string? Login, string? Menu, string? Favicon);
