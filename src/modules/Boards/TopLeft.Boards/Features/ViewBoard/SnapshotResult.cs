using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>Sends a cached board as it is: the gzipped bytes to clients that take gzip, inflated for the rest.</summary>
internal sealed class SnapshotResult(BoardSnapshot snapshot) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (!AcceptsGzip(httpContext.Request.Headers.AcceptEncoding))
        {
            await using var json = snapshot.Gzip.OpenJson();
            await json.CopyToAsync(response.Body, GzipChunks.ChunkSize, httpContext.RequestAborted);
            return;
        }

        response.Headers.ContentEncoding = "gzip";
        response.ContentLength = snapshot.Gzip.Length;
        // A chunk at a time: one 3 MB write is copied whole into the server's output buffers before any back-pressure
        // applies, so two hundred readers at once would hold 600 MB; this way each holds about one chunk.
        foreach (var chunk in snapshot.Gzip.Chunks)
        {
            await response.Body.WriteAsync(chunk, httpContext.RequestAborted);
        }
    }

    private static bool AcceptsGzip(Microsoft.Extensions.Primitives.StringValues acceptEncoding) =>
        StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)
        && codings.Any(c => c.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (c.Quality ?? 1) > 0);
}
