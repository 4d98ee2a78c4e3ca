namespace TopLeft.Host.Infrastructure;

/// <summary>Serves the built SPA from wwwroot with a fallback to index.html for client-side routes.</summary>
internal static class SpaExtensions
{
    public static WebApplication MapSpa(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            // Vite puts a content hash in every asset name, so assets can be cached for good; index.html never.
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl =
                ctx.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache",
        });

        // Unknown API routes get a ProblemDetails 404, never the SPA's HTML.
        app.MapFallback("/api/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such API endpoint."));
        app.MapFallbackToFile("index.html", new StaticFileOptions
        {
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
