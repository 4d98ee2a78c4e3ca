namespace TopLeft.Licensing.Visibility;

/// <summary>What one signed-in user may see; cached per user and licensing version.</summary>
/// <param name="Licensed">May view and use boards.</param>
/// <param name="IsContact">A client contact: governed by the portal, never by member licenses.</param>
/// <param name="PsaMemberId">The user's PSA member, when one is known.</param>
internal sealed record UserAccess(bool Licensed, bool IsContact, int? PsaMemberId);
