using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using TopLeft.Branding.Data;
using TopLeft.Branding.Domain;
using TopLeft.Branding.Features.ViewBranding;
using TopLeft.Branding.Images;
using TopLeft.Shared.Security;

namespace TopLeft.Branding.Features.SetLogo;

internal static class SetLogoEndpoint
{
    public const int MaxBytes = 1024 * 1024;

    // The body is the image itself (as a browser sends a File with fetch): no multipart parsing, nothing
    // buffered beyond the limit, and Kestrel refuses anything larger before it reaches us.
    public static void MapSetLogo(this RouteGroupBuilder group) =>
        group.MapPut("/logos/{slot}", SetAsync)
            .RequireAuthorization(Policies.Admin)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes))
            .Accepts<Stream>("image/png", "image/jpeg", "image/webp", "image/x-icon", "application/octet-stream")
            .WithSummary($"Replaces a logo (slot: login, menu or favicon). The body is a {ImageInspector.Accepted} image of at most 1 MB; SVG is refused.");

    private static async Task<Results<Ok<BrandingResponse>, ProblemHttpResult>> SetAsync(
        string slot, HttpRequest request, SetLogoHandler handler, BrandingDbContext db, CancellationToken ct)
    {
        if (LogoSlot.Find(slot) is not { } target)
        {
            return BrandingProblems.NoSuchSlot(slot);
        }

        // Said before a single byte is read, so a client sending "Expect: 100-continue" never sends the body.
        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }

        if (await ReadAtMostAsync(request.Body, MaxBytes, ct) is not { } content)
        {
            return TooLarge();
        }

        var outcome = await handler.SetAsync(target, content, ct);
        return outcome.Logo is null
            ? BrandingProblems.Refused(outcome.Status, outcome.Refusal!)
            : TypedResults.Ok(await BrandingQuery.LoadAsync(db, ct));
    }

    private static ProblemHttpResult TooLarge() =>
        BrandingProblems.Refused(StatusCodes.Status413PayloadTooLarge, "The file is larger than 1 MB. Logos are shown small, so export a smaller image.");

    private static async Task<byte[]?> ReadAtMostAsync(Stream body, int limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }
}
