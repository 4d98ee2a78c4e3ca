namespace TopLeft.Accounts.Audit;

internal static class AuditEvents
{
    public const string SignedIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignedOut = "sign-out";
    public const string TwoFactorEnabled = "2fa-enabled";
    public const string TwoFactorDisabled = "2fa-disabled";
    public const string TwoFactorRemovedByAdmin = "2fa-removed-by-admin";
    public const string RecoveryCodesRegenerated = "recovery-codes-regenerated";
    public const string RecoveryCodeUsed = "recovery-code-used";
    public const string PasskeyAdded = "passkey-added";
    public const string PasskeyRemoved = "passkey-removed";
    public const string InvitationSent = "invitation-sent";
    public const string InvitationAccepted = "invitation-accepted";
    public const string UserDisabled = "user-disabled";
    public const string UserEnabled = "user-enabled";
    public const string UserCreated = "user-created";
    public const string PasswordReset = "password-reset";
    public const string ApiTokenCreated = "api-token-created";
    public const string ApiTokenRevoked = "api-token-revoked";
    public const string SettingsChanged = "settings-changed";
}
