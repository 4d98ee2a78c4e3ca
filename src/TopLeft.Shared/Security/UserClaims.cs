namespace TopLeft.Shared.Security;

/// <summary>
/// Claim types the Accounts module puts into every principal, so other modules can read who the user is in the
/// PSA without asking Accounts.
/// </summary>
public static class UserClaims
{
    /// <summary>The tenant id ("D" format).</summary>
    public const string Tenant = "tl_tenant";

    /// <summary>"member" or "contact".</summary>
    public const string Kind = "tl_kind";

    /// <summary>Name to show.</summary>
    public const string DisplayName = "tl_name";

    /// <summary>The member's PSA id (members only).</summary>
    public const string PsaMember = "tl_psa_member";

    /// <summary>The contact's PSA id (contacts only).</summary>
    public const string PsaContact = "tl_psa_contact";
}
