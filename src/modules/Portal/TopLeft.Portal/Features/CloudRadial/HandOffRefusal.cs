namespace TopLeft.Portal.Features.CloudRadial;

/// <summary>
/// Why a CloudRadial hand-off was refused: a stable <see cref="Code"/> and a technical <see cref="Detail"/> for API
/// clients (and CloudRadial's support), a <see cref="Reason"/> and <see cref="Advice"/> the contact reads in the browser.
/// </summary>
internal sealed record HandOffRefusal(string Code, string Detail, string Reason, string Advice)
{
    private const string OpenAgain = "Go back to CloudRadial and open TopLeft from there again.";
    private const string AskProvider = "Please contact your IT provider.";

    public static readonly HandOffRefusal NotConfigured = new(
        "not-configured", "CloudRadial hand-off is not set up for this workspace.",
        "Signing in from CloudRadial is not set up for this workspace.", "Ask your IT provider to set up the CloudRadial connection.");

    public static readonly HandOffRefusal Malformed = new(
        "malformed", "The hand-off token is malformed.", "The sign-in link is incomplete or damaged.", OpenAgain);

    public static readonly HandOffRefusal BadSignature = new(
        "bad-signature", "The hand-off token's signature is not valid for this workspace.",
        "The sign-in link could not be verified.", OpenAgain + " If this keeps happening, the CloudRadial connection needs a new secret: " + AskProvider);

    public static readonly HandOffRefusal Incomplete = new(
        "incomplete", "The hand-off token's payload is incomplete.", "The sign-in link is incomplete or damaged.", OpenAgain);

    public static readonly HandOffRefusal OtherWorkspace = new(
        "other-workspace", "The hand-off token is for another workspace.", "The sign-in link is for another workspace.", OpenAgain);

    public static readonly HandOffRefusal Expired = new(
        "expired", "The hand-off token has expired.", "The sign-in link has expired.", "Links from CloudRadial work for a few minutes only. " + OpenAgain);

    public static readonly HandOffRefusal TooLong = new(
        "too-long", $"The hand-off token is valid too long (at most {CloudRadialToken.MaxLifetime.TotalMinutes:0} minutes).",
        "The sign-in link is valid for longer than this workspace allows.", AskProvider);

    public static readonly HandOffRefusal AlreadyUsed = new(
        "already-used", "The hand-off token was already used.", "This sign-in link was already used.", "Each link works once. " + OpenAgain);

    public static readonly HandOffRefusal UnknownContact = new(
        "unknown-contact", "No active PSA contact has this e-mail address.",
        "Your e-mail address does not belong to an active contact of your IT provider.", "Ask your IT provider to check your contact record.");

    public static readonly HandOffRefusal NotLicensed = new(
        "company-not-licensed", "The contact's company has no client portal license.",
        "Your company does not have access to the client portal.", "Ask your IT provider to give your company client portal access.");

    public static readonly HandOffRefusal Removed = new(
        "contact-removed", "The contact's access to the client portal was removed.",
        "Your access to the client portal was removed.", "If you need it again, " + char.ToLowerInvariant(AskProvider[0]) + AskProvider[1..]);

    public static readonly HandOffRefusal CannotSignIn = new(
        "cannot-sign-in", "The contact cannot sign in (their user is disabled, or the e-mail address belongs to another user).",
        "Your user cannot be signed in.", AskProvider);
}
