using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Autotask.Model;
using TopLeft.PsaSimulator.Delivery;
using TopLeft.PsaSimulator.Faults;

namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// Turns changes into Autotask webhook deliveries: <c>{Action,Guid,EntityType,Id,Fields,EventTime,SequenceNumber,PersonID}</c>
/// signed with <c>X-Hook-Signature: sha1=base64(HMAC-SHA1(secretKey, body))</c>. Updates fire only when a
/// subscribed field changed; excluded resources are skipped. 10 s timeout, 5 attempts 30 s apart (scaled),
/// failures logged to WebhookEventErrorLogs and 25 consecutive failures deactivate the webhook.
/// </summary>
internal sealed class AtWebhookSender(SimulatorState state, DeliverySender sender)
{
    public const int DeactivateAfterFailures = 25;
    private readonly Dictionary<(string, int), int> failures = [];

    public void Publish(AtChange change)
    {
        var tenant = state.At;
        var deliveries = new List<(AtWebhook Hook, byte[] Body)>();
        lock (tenant.Sync)
        {
            if (!tenant.Webhooks.TryGetValue(change.EntityType, out var set))
            {
                return;
            }

            var names = AtMetadata.WebhookFieldNames(change.EntityType);
            foreach (var hook in set.Hooks.All)
            {
                if (!hook.IsActive || !hook.IsReady || !Subscribed(hook, change.Action)
                    || set.ExcludedResources.All.Any(x => x.WebhookID == hook.Id && x.ResourceID == change.PersonId))
                {
                    continue;
                }

                var fields = set.Fields.All.Where(f => f.WebhookID == hook.Id && f.FieldID is >= 1 && f.FieldID <= names.Count).ToList();
                var subscribed = fields.Where(f => f.IsSubscribedField).Select(f => names[f.FieldID!.Value - 1]).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var always = fields.Where(f => f.IsDisplayAlwaysField).Select(f => names[f.FieldID!.Value - 1]);
                IEnumerable<string> reported = subscribed;
                if (change.Action == "Update")
                {
                    var changed = subscribed.Where(n => !JsonNode.DeepEquals(change.Before?[n], change.After?[n])).ToList();
                    if (changed.Count == 0)
                    {
                        continue;
                    }

                    reported = changed;
                }

                var source = change.After ?? change.Before;
                var payloadFields = new JsonObject();
                foreach (var name in reported.Concat(always).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    payloadFields[name] = source?[name]?.DeepClone();
                }

                var sequence = tenant.WebhookSequence[hook.Id] = tenant.WebhookSequence.GetValueOrDefault(hook.Id) + 1;
                deliveries.Add((hook, Payload(change.Action, hook, change.EntityType, change.Id, payloadFields, sequence, change.PersonId)));
            }
        }

        foreach (var (hook, body) in deliveries)
        {
            Send(change.EntityType, hook, hook.WebhookUrl, body, "webhook");
        }
    }

    public static string Sign(string secret, byte[] body) =>
        "sha1=" + Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), body));

    private byte[] Payload(string action, AtWebhook hook, string entityType, int id, JsonObject fields, long sequence, int personId)
    {
        var payload = new JsonObject
        {
            ["Action"] = action,
            ["Guid"] = hook.WebhookGUID.ToString(),
            ["EntityType"] = entityType,
            ["Id"] = id,
            ["Fields"] = fields,
            ["EventTime"] = state.Clock.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            ["SequenceNumber"] = sequence,
            ["PersonID"] = personId,
        };

        // The default encoder writes & < > ' + " and non-ASCII as \uXXXX, like Autotask's serializer.
        return JsonSerializer.SerializeToUtf8Bytes(payload, AtJson.Options);
    }

    private void Send(string entityType, AtWebhook hook, string url, byte[] body, string kind)
    {
        var scale = state.Options.DeliveryTimeScale;
        var hookId = hook.Id;
        sender.Enqueue(new OutboundDelivery
        {
            Psa = FaultPsa.Autotask,
            Kind = kind,
            QueueKey = $"at-{entityType}-{hook.Id}",
            Url = url,
            Body = body,
            Headers = new Dictionary<string, string> { ["X-Hook-Signature"] = Sign(hook.SecretKey ?? "", body) },
            Timeout = OutboundDelivery.ScaledTimeout(10, scale),
            RetryDelays = Enumerable.Repeat(TimeSpan.FromSeconds(30 * scale), 4).ToList(),
            ShouldRetry = _ => true,
            Completed = kind == "webhook" ? (ok, status) => Completed(entityType, hookId, ok, status, body) : null,
        });
    }

    private void Completed(string entityType, int hookId, bool ok, int status, byte[] body)
    {
        var tenant = state.At;
        AtWebhook? deactivated = null;
        lock (tenant.Sync)
        {
            var key = (entityType, hookId);
            var count = ok ? 0 : failures.GetValueOrDefault(key) + 1;
            failures[key] = count;
            if (ok || tenant.Webhooks[entityType].Hooks.Find(hookId) is not { } hook)
            {
                return;
            }

            var log = new AtWebhookEventErrorLog
            {
                CreateDateTime = state.Clock.UtcNow, ErrorMessage = status == 0 ? "The request timed out or the connection failed." : $"HTTP {status}",
                Payload = Encoding.UTF8.GetString(body),
            };
            switch (entityType)
            {
                case "Ticket":
                    log.TicketWebhookID = hookId;
                    break;
                case "TicketNote":
                    log.TicketNoteWebhookID = hookId;
                    break;
                case "Company":
                    log.CompanyWebhookID = hookId;
                    break;
                default:
                    log.ContactWebhookID = hookId;
                    break;
            }

            tenant.WebhookEventErrorLogs.Add(log);
            if (count >= DeactivateAfterFailures && hook.IsActive)
            {
                hook.IsActive = false;
                deactivated = hook;
            }
        }

        if (deactivated is not null)
        {
            var payload = Payload("Deactivated", deactivated, entityType, deactivated.Id, [], 0, deactivated.OwnerResourceID ?? 0);
            Send(entityType, deactivated, deactivated.DeactivationUrl, payload, "deactivation");
        }
    }

    private static bool Subscribed(AtWebhook hook, string action) => action switch
    {
        "Create" => hook.IsSubscribedToCreateEvents,
        "Update" => hook.IsSubscribedToUpdateEvents,
        "Delete" => hook.IsSubscribedToDeleteEvents,
        _ => false,
    };
}
