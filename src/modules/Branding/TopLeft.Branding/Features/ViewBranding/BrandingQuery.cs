using Microsoft.EntityFrameworkCore;
using TopLeft.Branding.Data;
using TopLeft.Branding.Domain;

namespace TopLeft.Branding.Features.ViewBranding;

internal static class BrandingQuery
{
    public static async Task<BrandingResponse> LoadAsync(BrandingDbContext db, CancellationToken ct)
    {
        var logos = await db.Logos.AsNoTracking()
            .Select(l => new { l.Slot, l.Hash, l.Extension })
            .ToListAsync(ct);
        string? UrlOf(LogoSlot slot) =>
            logos.FirstOrDefault(l => l.Slot == slot.Name) is { } l ? $"/api/branding/logos/{l.Slot}/{l.Hash}.{l.Extension}" : null;
        return new BrandingResponse(UrlOf(LogoSlot.Login), UrlOf(LogoSlot.Menu), UrlOf(LogoSlot.Favicon));
    }
}
