namespace TopLeft.Integrations.Domain;

/// <summary>What is encrypted in <see cref="PsaConnection.ProtectedCredentials"/>.</summary>
/// <param name="PublicKey">ConnectWise API member public key; Autotask: the integration code.</param>
/// <param name="PrivateKey">ConnectWise private key; Autotask: the API user's secret.</param>
/// <param name="ClientId">ConnectWise clientId GUID; unused for Autotask.</param>
internal sealed record PsaCredentials(string PublicKey, string PrivateKey, string? ClientId);
