using System.Text;
using Microsoft.Extensions.Primitives;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// Basic <c>companyId+publicKey:privateKey</c> plus a <c>clientId</c> GUID on every call. A key pair minted by
/// member impersonation authenticates as that member, so writes are attributed to them.
/// </summary>
internal static class CwAuth
{
    public static (CwWriteContext? Context, CwError? Error) Authenticate(HttpRequest request, CwTenant tenant, SimulatorOptions options, DateTime now)
    {
        var clientId = request.Headers["clientId"];
        if (StringValues.IsNullOrEmpty(clientId) || !Guid.TryParse(clientId.ToString(), out _))
        {
            return (null, new CwError(401, "Unauthorized", "A valid clientId header is required. See https://developer.connectwise.com/ClientID"));
        }

        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return (null, NotAuthenticated());
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return (null, NotAuthenticated());
        }

        var plus = decoded.IndexOf('+', StringComparison.Ordinal);
        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (plus <= 0 || colon < plus)
        {
            return (null, NotAuthenticated());
        }

        var company = decoded[..plus];
        var publicKey = decoded[(plus + 1)..colon];
        var privateKey = decoded[(colon + 1)..];
        if (!company.Equals(options.ConnectWiseCompanyId, StringComparison.OrdinalIgnoreCase))
        {
            return (null, NotAuthenticated());
        }

        if (publicKey == options.ConnectWisePublicKey && privateKey == options.ConnectWisePrivateKey)
        {
            return (new CwWriteContext(CwTenant.ApiMemberIdentifier, null, now), null);
        }

        lock (tenant.Sync)
        {
            if (tenant.Tokens.TryGetValue(publicKey, out var token) && token.PrivateKey == privateKey && token.Expiration > now
                && tenant.Members.Find(token.MemberId) is { InactiveFlag: false } member)
            {
                return (new CwWriteContext(member.Identifier, member.Id, now), null);
            }
        }

        return (null, NotAuthenticated());
    }

    private static CwError NotAuthenticated() => new(401, "ConnectWiseApi", "UserNotAuthenticated");
}
