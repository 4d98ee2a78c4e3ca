namespace TopLeft.Accounts.Security;

internal static class AccountClaims
{
    public const string Tenant = "tl_tenant";
    public const string Kind = "tl_kind";
    public const string DisplayName = "tl_name";
    public const string PsaMember = "tl_psa_member";
    public const string AdminRole = "admin";
}
