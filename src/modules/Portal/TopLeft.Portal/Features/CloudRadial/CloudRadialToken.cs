using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TopLeft.Portal.Features.CloudRadial;

/// <summary>
/// The CloudRadial hand-off token: <c>base64url(payload JSON) "." base64url(HMAC-SHA256(secret, first part))</c>, the
/// payload <c>{"tenant": slug, "email": contact e-mail, "exp": unix seconds, "nonce": random}</c>. Valid until
/// <c>exp</c> (at most <see cref="MaxLifetime"/> ahead), once, at the workspace named in it.
/// </summary>
internal static class CloudRadialToken
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10);

    internal sealed record Payload(
        [property: JsonPropertyName("tenant")] string Tenant,
        [property: JsonPropertyName("email")] string Email,
        [property: JsonPropertyName("exp")] long Exp,
        [property: JsonPropertyName("nonce")] string Nonce);

    public static string Create(string secret, Payload payload)
    {
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        return body + "." + Base64Url(Sign(secret, body));
    }

    /// <summary>The payload when the signature matches and the token is current; else null and why.</summary>
    public static (Payload? Payload, HandOffRefusal? Problem) Verify(string secret, string? token, string tenantSlug, DateTimeOffset now)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 2 || FromBase64Url(parts[1]) is not { } signature)
        {
            return (null, HandOffRefusal.Malformed);
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(secret, parts[0])))
        {
            return (null, HandOffRefusal.BadSignature);
        }

        Payload? payload;
        try
        {
            payload = FromBase64Url(parts[0]) is { } json ? JsonSerializer.Deserialize<Payload>(json) : null;
        }
        catch (JsonException)
        {
            payload = null;
        }

        if (payload is null || string.IsNullOrWhiteSpace(payload.Email) || string.IsNullOrWhiteSpace(payload.Nonce) || payload.Nonce.Length > 64)
        {
            return (null, HandOffRefusal.Incomplete);
        }

        if (!string.Equals(payload.Tenant, tenantSlug, StringComparison.OrdinalIgnoreCase))
        {
            return (null, HandOffRefusal.OtherWorkspace);
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.Exp);
        if (expires <= now)
        {
            return (null, HandOffRefusal.Expired);
        }

        if (expires > now + MaxLifetime)
        {
            return (null, HandOffRefusal.TooLong);
        }

        return (payload, null);
    }

    private static byte[] Sign(string secret, string body) => HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(body));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        try
        {
            return Convert.FromBase64String(s);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
