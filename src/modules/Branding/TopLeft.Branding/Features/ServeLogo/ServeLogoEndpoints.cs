using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Branding.Data;
using TopLeft.Branding.Domain;

namespace TopLeft.Branding.Features.ServeLogo;

/// <summary>
/// Logos by content hash, cached for good, plus a stable per-slot address that is never cached and points at the
/// current hash. Both are anonymous (the sign-in page needs them) and scoped to the tenant of the URL.
/// </summary>
internal static class ServeLogoEndpoints
{
    public static void MapServeLogo(this RouteGroupBuilder group)
    {
        group.MapGet("/logos/{slot}/{file}", ServeAsync)
            .AllowAnonymous()
            .WithSummary("A logo's bytes at its content-hash URL (as listed by GET /api/branding); cached immutably.");
        group.MapGet("/logos/{slot}", CurrentAsync)
            .AllowAnonymous()
            .WithSummary("Redirects to the current logo of a slot; 404 while the default is used.");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ServeAsync(
        string slot, string file, BrandingDbContext db, HttpContext http, CancellationToken ct)
    {
        var dot = file.LastIndexOf('.');
        var hash = dot > 0 ? file[..dot] : file;
        var extension = dot > 0 ? file[(dot + 1)..] : "";
        var logo = await db.Logos.AsNoTracking()
            .Where(l => l.Slot == slot && l.Hash == hash && l.Extension == extension)
            .Select(l => new { l.Content, l.ContentType })
            .SingleOrDefaultAsync(ct);
        if (logo is null)
        {
            return BrandingProblems.NoLogo();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        // Opened directly, an image is still never treated as a document that could run anything.
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return TypedResults.File(logo.Content, logo.ContentType);
    }

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> CurrentAsync(
        string slot, BrandingDbContext db, HttpContext http, CancellationToken ct)
    {
        if (LogoSlot.Find(slot) is null)
        {
            return BrandingProblems.NoSuchSlot(slot);
        }

        http.Response.Headers.CacheControl = "no-store";
        var current = await db.Logos.AsNoTracking()
            .Where(l => l.Slot == slot)
            .Select(l => new { l.Hash, l.Extension })
            .SingleOrDefaultAsync(ct);
        return current is null
            ? BrandingProblems.NoLogo()
            : TypedResults.Redirect($"/api/branding/logos/{slot}/{current.Hash}.{current.Extension}");
    }
}
