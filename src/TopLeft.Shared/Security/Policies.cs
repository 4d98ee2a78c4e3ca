namespace TopLeft.Shared.Security;

/// <summary>
/// Authorization policy names every module may put on its endpoints; the Accounts and Licensing modules
/// define what they mean.
/// </summary>
public static class Policies
{
    /// <summary>A signed-in member with the admin role, or an admin API token.</summary>
    public const string Admin = "admin";

    /// <summary>A signed-in member who holds a license (may view and use boards).</summary>
    public const string LicensedMember = "licensed-member";

    /// <summary>Anyone signed in at this tenant (member, admin or contact).</summary>
    public const string SignedIn = "signed-in";
}
