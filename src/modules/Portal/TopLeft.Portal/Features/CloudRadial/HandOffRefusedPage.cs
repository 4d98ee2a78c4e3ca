using System.Net;

namespace TopLeft.Portal.Features.CloudRadial;

/// <summary>
/// The page a contact's browser gets when a CloudRadial hand-off is refused: it arrives straight from CloudRadial, with no
/// SPA loaded and nothing to go back to, so the answer has to be a finished page that says why and what to do.
/// Self-contained (inline styles, no script: the CSP allows inline styles only) and in the SPA's look.
/// </summary>
internal static class HandOffRefusedPage
{
    public static string Render(HandOffRefusal refusal, string? workspaceName)
    {
        var workspace = WebUtility.HtmlEncode(string.IsNullOrWhiteSpace(workspaceName) ? "TopLeft" : workspaceName);
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Sign-in from CloudRadial refused · {{workspace}}</title>
            <link rel="icon" href="/api/branding/logos/favicon">
            <style>
              *, *::before, *::after { box-sizing: border-box; }
              body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 24px;
                font-family: 'Inter', ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
                font-size: 15px; line-height: 1.5; color: #161a21; background: #f6f7f9; -webkit-font-smoothing: antialiased; }
              main { width: 100%; max-width: 440px; background: #fff; border: 1px solid #e5e8ec; border-radius: 10px;
                box-shadow: 0 4px 12px -2px rgba(16, 24, 40, 0.1), 0 2px 4px -2px rgba(16, 24, 40, 0.06); padding: 32px; }
              .logo { height: 40px; margin-bottom: 20px; background: url('/api/branding/logos/login') left center / contain no-repeat; }
              .workspace { margin: 0 0 4px; font-size: 13px; font-weight: 600; letter-spacing: 0.02em; text-transform: uppercase; color: #6d7685; }
              h1 { margin: 0 0 16px; font-size: 22px; line-height: 1.3; font-weight: 650; }
              .reason { margin: 0 0 8px; padding: 12px 14px; border-radius: 8px; background: #fef3f2; color: #912018; border: 1px solid #fecdca; }
              .advice { margin: 0 0 24px; color: #3b4350; }
              .alt { margin: 0; padding-top: 16px; border-top: 1px solid #eef0f3; font-size: 13px; color: #6d7685; }
              a { color: #4b4ddb; text-decoration: none; }
              a:hover { text-decoration: underline; text-underline-offset: 2px; }
              code { font-size: 12px; color: #6d7685; }
            </style>
            </head>
            <body>
            <main data-refusal="{{WebUtility.HtmlEncode(refusal.Code)}}">
              <div class="logo" aria-hidden="true"></div>
              <p class="workspace">{{workspace}} client portal</p>
              <h1>We could not sign you in</h1>
              <p class="reason" role="alert">{{WebUtility.HtmlEncode(refusal.Reason)}}</p>
              <p class="advice">{{WebUtility.HtmlEncode(refusal.Advice)}}</p>
              <p class="alt">If you were invited and have a password, you can <a href="/sign-in">sign in here</a> instead. <code>{{WebUtility.HtmlEncode(refusal.Code)}}</code></p>
            </main>
            </body>
            </html>
            """;
    }
}
