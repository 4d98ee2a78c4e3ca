using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Security;
using PsaKind = TopLeft.Integrations.Contracts.PsaKind;

namespace TopLeft.Integrations.Tests.Features;

public sealed class CallbackSecretTests
{
    public static TheoryData<PsaKind> Psas => [PsaKind.ConnectWise, PsaKind.Autotask];

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_replaced_callback_secret_is_refused_by_the_next_callback_and_the_new_one_is_accepted(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 20);
        using var client = new HttpClient { BaseAddress = h.App.BaseAddress };
        var old = await SecretAsync(h);
        (await PostAsync(client, h, kind, old, 101)).ShouldBe(HttpStatusCode.OK);

        var replaced = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        await h.DbAsync(async db =>
        {
            (await db.Connections.SingleAsync()).SetCallbackSecret(replaced, h.App.Services.GetRequiredService<SecretProtector>().Protect);
            return await db.SaveChangesAsync();
        });

        (await PostAsync(client, h, kind, old, 102)).ShouldBe(HttpStatusCode.Unauthorized);
        (await PostAsync(client, h, kind, replaced, 103)).ShouldBe(HttpStatusCode.OK);
        (await StoredIdsAsync(h)).ShouldBe([101, 103]);
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_connection_saved_before_secret_hashes_accepts_only_its_own_secret_and_gets_its_hash(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 20);
        using var client = new HttpClient { BaseAddress = h.App.BaseAddress };
        var secret = await SecretAsync(h);
        await h.DbAsync(db => db.Database.ExecuteSqlRawAsync("""UPDATE integrations.connections SET "CallbackSecretHash" = NULL"""));

        (await PostAsync(client, h, kind, Altered(secret), 201)).ShouldBe(HttpStatusCode.Unauthorized);
        (await HashAsync(h)).ShouldBeNull();
        (await PostAsync(client, h, kind, secret, 202)).ShouldBe(HttpStatusCode.OK);
        (await HashAsync(h)).ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
        (await StoredIdsAsync(h)).ShouldBe([202]);
    }

    [Fact]
    public async Task An_autotask_webhook_signed_with_another_key_is_refused_even_with_the_right_url()
    {
        await using var h = await IntegrationsHarness.StartAsync(PsaKind.Autotask, tickets: 20);
        using var client = new HttpClient { BaseAddress = h.App.BaseAddress };
        var secret = await SecretAsync(h);

        (await PostAsync(client, h, PsaKind.Autotask, secret, 301, signingKey: "another key")).ShouldBe(HttpStatusCode.Unauthorized);
        (await PostAsync(client, h, PsaKind.Autotask, secret, 302)).ShouldBe(HttpStatusCode.OK);
        (await StoredIdsAsync(h)).ShouldBe([302]);
    }

    [Fact]
    public async Task A_connectwise_callback_that_is_not_json_is_refused_without_the_secret_and_rejected_with_it()
    {
        await using var h = await IntegrationsHarness.StartAsync(PsaKind.ConnectWise, tickets: 20);
        using var client = new HttpClient { BaseAddress = h.App.BaseAddress };
        var secret = await SecretAsync(h);

        async Task<HttpStatusCode> PostGarbageAsync(string s)
        {
            using var response = await client.PostAsync($"/api/integrations/callbacks/cw/{h.TenantId}/{s}?type=ticket&recordId=1",
                new StringContent("not json", Encoding.UTF8, "application/json"));
            return response.StatusCode;
        }

        (await PostGarbageAsync(Altered(secret))).ShouldBe(HttpStatusCode.Unauthorized);
        (await PostGarbageAsync(secret)).ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>The secret with its first character changed: same length and alphabet, one character off.</summary>
    private static string Altered(string secret) => (secret[0] == '0' ? "1" : "0") + secret[1..];

    private static Task<string> SecretAsync(IntegrationsHarness h) =>
        h.DbAsync(async db => h.App.Services.GetRequiredService<SecretProtector>().Unprotect((await db.Connections.SingleAsync()).ProtectedCallbackSecret));

    private static Task<byte[]?> HashAsync(IntegrationsHarness h) =>
        h.DbAsync(async db => (await db.Connections.AsNoTracking().SingleAsync()).CallbackSecretHash);

    private static Task<List<int>> StoredIdsAsync(IntegrationsHarness h) =>
        h.DbAsync(db => db.Notifications.Where(n => n.TenantId == h.TenantId && n.EntityId > 100).OrderBy(n => n.EntityId).Select(n => n.EntityId).ToListAsync());

    /// <summary>A callback as the PSA sends it to the URL TopLeft registered; Autotask's is signed with the secret.</summary>
    private static async Task<HttpStatusCode> PostAsync(HttpClient client, IntegrationsHarness h, PsaKind kind, string secret, int id, string? signingKey = null)
    {
        // Ids above the seeded range: the worker finds no such record, so nothing but the stored rows is asserted.
        var body = kind == PsaKind.ConnectWise
            ? JsonSerializer.SerializeToUtf8Bytes(new { MessageId = Guid.NewGuid().ToString(), Action = "updated", Type = "probe", ID = id })
            : JsonSerializer.SerializeToUtf8Bytes(new { Action = "Update", Guid = Guid.NewGuid().ToString(), EntityType = "Probe", Id = id, SequenceNumber = id });
        var path = kind == PsaKind.ConnectWise ? $"/api/integrations/callbacks/cw/{h.TenantId}/{secret}?type=probe&recordId={id}" : $"/api/integrations/webhooks/at/{h.TenantId}/{secret}";
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (kind == PsaKind.Autotask)
        {
            request.Headers.TryAddWithoutValidation("X-Hook-Signature",
                "sha1=" + Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(signingKey ?? secret), body)));
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
