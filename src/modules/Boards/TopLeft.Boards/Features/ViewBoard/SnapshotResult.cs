using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>Sends a cached board as it is: the gzipped bytes to clients that take gzip, the plain JSON to the rest.</summary>
internal sealed class SnapshotResult(BoardSnapshot snapshot) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var gzip = AcceptsGzip(httpContext.Request.Headers.AcceptEncoding);
        var body = gzip ? snapshot.Gzip : snapshot.Json;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (gzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        response.ContentLength = body.Length;
        // In slices: one 3 MB write is copied whole into the server's output buffers before any back-pressure applies,
        // so two hundred readers at once would hold 600 MB; a slice at a time holds about one slice per reader.
        for (var offset = 0; offset < body.Length; offset += Slice)
        {
            await response.Body.WriteAsync(body.AsMemory(offset, Math.Min(Slice, body.Length - offset)), httpContext.RequestAborted);
        }
    }

    private const int Slice = 32 * 1024;

    private static bool AcceptsGzip(Microsoft.Extensions.Primitives.StringValues acceptEncoding) =>
        StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)
        && codings.Any(c => c.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (c.Quality ?? 1) > 0);
}
