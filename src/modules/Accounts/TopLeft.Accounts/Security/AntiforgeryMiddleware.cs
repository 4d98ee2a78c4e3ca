using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace TopLeft.Accounts.Security;

/// <summary>
/// Cookie-authenticated API calls that change something must carry the X-XSRF-TOKEN header (the SPA copies it
/// from the XSRF-TOKEN cookie that <c>GET /api/session</c> issues). Requests without our auth cookie carry no
/// ambient credentials, so there is nothing to forge; API-token calls are exempt for the same reason.
/// </summary>
internal sealed class AntiforgeryMiddleware(RequestDelegate next, IAntiforgery antiforgery)
{
    public const string CookieName = "XSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        if (unsafeMethod
            && request.Path.StartsWithSegments("/api")
            && request.Cookies.ContainsKey(AccountsAuthentication.CookieName)
            && string.IsNullOrEmpty(request.Headers.Authorization)
            && !await antiforgery.IsRequestValidAsync(context))
        {
            await Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing or invalid anti-forgery token.",
                detail: "Reload the page and try again.").ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    /// <summary>Issues a fresh token cookie readable by the SPA.</summary>
    public static void IssueToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        context.Response.Cookies.Append(CookieName, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
    }
}
