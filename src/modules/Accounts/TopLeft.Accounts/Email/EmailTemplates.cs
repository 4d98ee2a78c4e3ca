using System.Net;

namespace TopLeft.Accounts.Email;

/// <summary>The few mails Accounts sends, as plain text plus simple, inline-styled HTML.</summary>
internal static class EmailTemplates
{
    public static (string Subject, string Text, string Html) Invitation(string tenantName, string displayName, string userName, Uri link) => (
        $"You're invited to TopLeft at {tenantName}",
        $"Hello {displayName},\n\n{tenantName} invited you to TopLeft, its Kanban boards.\nYour username: {userName}\n\nSet your password here (valid for 7 days, single use):\n{link}\n",
        Layout($"You're invited to {tenantName}", $"""
            <p>Hello {Html(displayName)},</p>
            <p>{Html(tenantName)} invited you to TopLeft, its Kanban boards. Your username is <b>{Html(userName)}</b>.</p>
            {Button(link, "Set your password")}
            <p style="color:#6b7280;font-size:13px">The link is valid for 7 days and works once.</p>
            """));

    public static (string Subject, string Text, string Html) PasswordReset(string displayName, Uri link) => (
        "Reset your TopLeft password",
        $"Hello {displayName},\n\nReset your password here:\n{link}\n\nIf you did not ask for this, ignore this mail.\n",
        Layout("Reset your password", $"""
            <p>Hello {Html(displayName)},</p>
            {Button(link, "Choose a new password")}
            <p style="color:#6b7280;font-size:13px">If you did not ask for this, ignore this mail.</p>
            """));

    public static (string Subject, string Text, string Html) Onboarding(int step, string displayName, Uri baseUrl)
    {
        var (subject, tip) = step switch
        {
            1 => ("Getting started: your first board", "Open Boards in the main menu and pick a board; drag a card to change its status in your PSA."),
            2 => ("Tip: swimlanes and WIP limits", "Group cards by member, company or project with swimlanes, and set WIP limits to see bottlenecks at a glance."),
            _ => ("Tip: filters and the client portal", "Save filters for your team, and give your clients their own view of their work with the client portal."),
        };
        return (subject, $"Hello {displayName},\n\n{tip}\n\n{baseUrl}\n", Layout(subject, $"""
            <p>Hello {Html(displayName)},</p>
            <p>{Html(tip)}</p>
            {Button(baseUrl, "Open TopLeft")}
            """));
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);

    private static string Button(Uri link, string label) =>
        $"""<p><a href="{Html(link.ToString())}" style="display:inline-block;background:#4f46e5;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none;font-weight:600">{Html(label)}</a></p><p style="font-size:12px;color:#6b7280">{Html(link.ToString())}</p>""";

    private static string Layout(string title, string body) =>
        $"""<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#111827;background:#f9fafb;padding:24px"><div style="max-width:520px;margin:auto;background:#fff;border-radius:12px;padding:24px;border:1px solid #e5e7eb"><h1 style="font-size:20px">{Html(title)}</h1>{body}<p style="color:#9ca3af;font-size:12px">TopLeft</p></div></body></html>""";
}
