using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace TopLeft.Portal.Features.CloudRadial;

/// <summary>Whether a refused hand-off is answered with a page (a browser) or with ProblemDetails (an API client).</summary>
internal static class HandOffAnswer
{
    /// <summary>
    /// A page only when the client ranks HTML above JSON: browsers list text/html and never JSON; a client that names
    /// JSON, sends <c>*/*</c> alone or no Accept at all is a program and gets the machine-readable answer.
    /// </summary>
    public static bool WantsPage(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        static double Quality(MediaTypeHeaderValue value) => value.Quality ?? 1.0;
        var html = accept.Where(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)).Select(Quality).DefaultIfEmpty(0).Max();
        var json = accept.Where(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                || a.MediaType.Equals("application/problem+json", StringComparison.OrdinalIgnoreCase))
            .Select(Quality).DefaultIfEmpty(0).Max();
        return html > 0 && html > json;
    }
}
