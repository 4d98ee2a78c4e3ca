using TopLeft.Shared.Security;

namespace TopLeft.Accounts.Security;

internal static class AccountClaims
{
    public const string Tenant = UserClaims.Tenant;
    public const string Kind = UserClaims.Kind;
    public const string DisplayName = UserClaims.DisplayName;
    public const string PsaMember = UserClaims.PsaMember;
    public const string PsaContact = UserClaims.PsaContact;
    public const string AdminRole = "admin";
}
