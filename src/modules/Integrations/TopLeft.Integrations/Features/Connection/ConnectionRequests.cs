using TopLeft.Integrations.Contracts;

namespace TopLeft.Integrations.Features.Connection;

/// <summary>Connection settings as the admin page sends them. Blank secrets keep the stored ones.</summary>
/// <param name="Kind">ConnectWise or Autotask.</param>
/// <param name="SiteUrl">ConnectWise site (e.g. https://api-na.myconnectwise.net) or Autotask discovery root (https://webservices.autotask.net).</param>
/// <param name="Account">ConnectWise company id, or Autotask API user name.</param>
/// <param name="PublicKey">ConnectWise public key, or Autotask integration code.</param>
/// <param name="PrivateKey">ConnectWise private key, or Autotask secret.</param>
/// <param name="ClientId">ConnectWise clientId GUID.</param>
/// <param name="KeepClosedTickets">Also sync closed tickets.</param>
/// <param name="ActAsMemberAllowed">Make write-backs as the acting member (CW member keys / AT impersonation).</param>
internal sealed record ConnectionRequest(
    PsaKind Kind, string SiteUrl, string Account, string? PublicKey, string? PrivateKey, string? ClientId, bool KeepClosedTickets, bool ActAsMemberAllowed);

/// <summary>The stored connection without secrets.</summary>
internal sealed record ConnectionResponse(
    PsaKind Kind, string SiteUrl, string Account, string? ApiUrl, bool HasCredentials, bool KeepClosedTickets, bool ActAsMemberAllowed,
    bool RealtimeRegistered, DateTimeOffset? LastFullSyncAt);

internal sealed record PermissionResult(string Permission, bool Granted, string? Detail);

internal sealed record TestConnectionResponse(bool Ok, string? Error, IReadOnlyList<PermissionResult> Permissions);
