using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using TopLeft.Branding.Data;
using TopLeft.Branding.Domain;
using TopLeft.Branding.Images;

namespace TopLeft.Branding.Features.SetLogo;

/// <summary>
/// Checks an upload completely before touching the stored logo, so a refused file leaves the current one in place.
/// </summary>
internal sealed class SetLogoHandler(BrandingDbContext db, TimeProvider time)
{
    /// <summary>Decompression-bomb guard: no side beyond this is even compared with the slot's bounds.</summary>
    public const int MaxDeclaredSide = 8192;

    public sealed record Outcome(Logo? Logo, int Status, string? Refusal);

    public async Task<Outcome> SetAsync(LogoSlot slot, byte[] content, CancellationToken ct)
    {
        var inspection = ImageInspector.Inspect(content);
        if (inspection.Header is not { } header)
        {
            var unsupported = content.Length > 0 && !inspection.Refusal!.Contains("damaged", StringComparison.Ordinal);
            return new Outcome(null, unsupported ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status400BadRequest, inspection.Refusal);
        }

        if (header.Width > MaxDeclaredSide || header.Height > MaxDeclaredSide)
        {
            return new Outcome(null, StatusCodes.Status400BadRequest,
                $"The image declares {header.Width}×{header.Height} pixels, far beyond any logo (at most {MaxDeclaredSide} on a side). It was not opened.");
        }

        if (slot.Refusal(header.Width, header.Height) is { } refusal)
        {
            return new Outcome(null, StatusCodes.Status400BadRequest, refusal);
        }

        var logo = await db.Logos.SingleOrDefaultAsync(l => l.Slot == slot.Name, ct);
        if (logo is null)
        {
            logo = Logo.Create(slot);
            db.Logos.Add(logo);
        }

        logo.Replace(content, header, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return new Outcome(logo, StatusCodes.Status200OK, null);
    }
}
