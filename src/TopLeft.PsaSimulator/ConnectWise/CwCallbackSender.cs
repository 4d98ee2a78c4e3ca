using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.ConnectWise.Model;
using TopLeft.PsaSimulator.Delivery;
using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// Turns changes into ConnectWise callback deliveries: one POST per matching active registration, the record
/// id appended to its URL, <c>Entity</c> as a JSON string (null on delete), signed with
/// <c>x-content-signature = base64(HMAC-SHA256(SHA256(signing_key), body))</c>. Retries only on
/// 404/409/419/429 at +2 s and +4 s with a 5 s timeout (retry delays scaled by <see cref="SimulatorOptions.DeliveryTimeScale"/>).
/// </summary>
internal sealed class CwCallbackSender(SimulatorState state, DeliverySender sender)
{
    /// <summary>Consecutive failed deliveries after which a registration is set inactive ("3 days" compressed).</summary>
    public const int DeactivateAfterFailures = 50;

    private static readonly int[] RetriedStatuses = [404, 409, 419, 429];
    private readonly Dictionary<int, int> failures = [];

    public static Guid KeyId(CwCallback callback) => new(MD5.HashData(Encoding.UTF8.GetBytes($"cw-callback-{callback.Id}-{callback.Info.DateEntered:O}")));

    public void Publish(CwChange change)
    {
        var tenant = state.Cw;
        List<(CwCallback Callback, string Key)> targets;
        lock (tenant.Sync)
        {
            targets = tenant.Callbacks.All
                .Where(c => !c.InactiveFlag && c.Type.Equals(change.Type, StringComparison.OrdinalIgnoreCase) && LevelMatches(c, change)
                    && !(c.IsSelfSuppressedFlag && IsOwnChange(tenant, c, change)))
                .Select(c => (c, tenant.SigningKeys.GetValueOrDefault(KeyId(c)) ?? ""))
                .ToList();
        }

        var scale = state.Options.DeliveryTimeScale;
        foreach (var (callback, key) in targets)
        {
            var payload = new JsonObject
            {
                ["MessageId"] = Guid.NewGuid().ToString(),
                ["FromUrl"] = new Uri(state.BaseUrl).Authority,
                ["CompanyId"] = state.Options.ConnectWiseCompanyId,
                ["MemberId"] = change.MemberIdentifier,
                ["Action"] = change.Action,
                ["Type"] = change.Type,
                ["ID"] = change.Id,
                ["ProductInstanceId"] = "5f1c3a2e-7a1b-4b8e-9c11-0f4a1b2c3d4e",
                ["PartnerId"] = "61dd0e5e-1b2c-4d3e-8f9a-0b1c2d3e4f50",
                ["Entity"] = change.EntityJson,
                ["Metadata"] = new JsonObject
                {
                    ["key_url"] = $"{state.BaseUrl}/{CwApi.Codebase}system/callbackkey/index.rails?companyName={state.Options.ConnectWiseCompanyId}&id={KeyId(callback)}",
                },
                ["CallbackObjectRecId"] = callback.Id,
            };
            var body = JsonSerializer.SerializeToUtf8Bytes(payload);
            var callbackId = callback.Id;
            sender.Enqueue(new OutboundDelivery
            {
                Psa = FaultPsa.ConnectWise,
                Kind = "callback",
                QueueKey = $"cw-{callback.Id}",
                Url = callback.Url + change.Id.ToString(CultureInfo.InvariantCulture),
                Body = body,
                Headers = new Dictionary<string, string> { ["x-content-signature"] = Sign(key, body) },
                Timeout = OutboundDelivery.ScaledTimeout(5, scale),
                RetryDelays = [TimeSpan.FromSeconds(2 * scale), TimeSpan.FromSeconds(4 * scale)],
                ShouldRetry = status => RetriedStatuses.Contains(status),
                Completed = (ok, _) => Count(callbackId, ok),
            });
        }
    }

    public static string Sign(string signingKey, byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes(signingKey)), body));

    /// <summary>
    /// The simulator's reading of isSelfSuppressedFlag (undocumented): no callback for changes made by the
    /// member who registered it (memberId 0 is the API member).
    /// </summary>
    private static bool IsOwnChange(CwTenant tenant, CwCallback callback, CwChange change) =>
        callback.MemberId is null or 0
            ? change.MemberIdentifier == CwTenant.ApiMemberIdentifier
            : tenant.Members.Find(callback.MemberId.Value)?.Identifier.Equals(change.MemberIdentifier, StringComparison.OrdinalIgnoreCase) == true;

    private static bool LevelMatches(CwCallback callback, CwChange change) =>
        callback.Level.ToLowerInvariant() switch
        {
            "owner" => true,
            var level => change.Levels.TryGetValue(level, out var id) && id == callback.ObjectId,
        };

    private void Count(int callbackId, bool ok)
    {
        var tenant = state.Cw;
        lock (tenant.Sync)
        {
            var count = ok ? 0 : failures.GetValueOrDefault(callbackId) + 1;
            failures[callbackId] = count;
            if (count >= DeactivateAfterFailures && tenant.Callbacks.Find(callbackId) is { } callback)
            {
                callback.InactiveFlag = true;
                callback.Info.LastUpdated = state.Clock.UtcNowSeconds;
            }
        }
    }
}
