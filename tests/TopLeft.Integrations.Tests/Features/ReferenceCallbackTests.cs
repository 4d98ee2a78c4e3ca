using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Sync;
using TopLeft.Testing;
using PsaKind = TopLeft.Integrations.Contracts.PsaKind;

namespace TopLeft.Integrations.Tests.Features;

/// <summary>Company and contact callbacks (ConnectWise) and webhooks (Autotask) bring the local copy up to date at once.</summary>
public sealed class ReferenceCallbackTests
{
    public static TheoryData<PsaKind> Psas => [PsaKind.ConnectWise, PsaKind.Autotask];

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_company_changed_in_the_psa_is_changed_in_the_local_copy(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 20);
        await h.SyncAsync(SyncType.Full);
        var company = await h.DbAsync(db => db.Companies.AsNoTracking().OrderBy(c => c.PsaId).Skip(1).FirstAsync());

        var result = h.Simulator.Control.Update(SyncTests.Sim(kind), kind == PsaKind.ConnectWise ? "companies" : "Companies", company.PsaId,
            new JsonObject { [kind == PsaKind.ConnectWise ? "name" : "companyName"] = "Renamed Holdings" });

        result.Ok.ShouldBeTrue();
        var local = await Eventually.Get(() => h.DbAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.PsaId == company.PsaId)),
            c => c.Name == "Renamed Holdings", TimeSpan.FromSeconds(30));
        local.PsaUpdatedAt.ShouldNotBeNull();
        local.PsaUpdatedAt.Value.ShouldBeGreaterThan(company.PsaUpdatedAt ?? DateTimeOffset.MinValue);
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_contact_changed_in_the_psa_is_changed_locally_and_a_deleted_one_becomes_inactive_and_is_announced(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 20);
        await h.SyncAsync(SyncType.Full);
        var contacts = await h.DbAsync(db => db.Contacts.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.PsaId).Take(2).ToListAsync());
        var entity = kind == PsaKind.ConnectWise ? "contacts" : "Contacts";

        h.Simulator.Control.Update(SyncTests.Sim(kind), entity, contacts[0].PsaId, new JsonObject { ["firstName"] = "Renamed" }).Ok.ShouldBeTrue();
        h.Simulator.Control.Delete(SyncTests.Sim(kind), entity, contacts[1].PsaId).Ok.ShouldBeTrue();

        await Eventually.Get(() => Contact(h, contacts[0].PsaId), c => c.FirstName == "Renamed", TimeSpan.FromSeconds(30));
        var deleted = await Eventually.Get(() => Contact(h, contacts[1].PsaId), c => !c.IsActive, TimeSpan.FromSeconds(30));
        deleted.IsActive.ShouldBeFalse();
        (await h.EventsAsync()).ShouldContain(e => e.Type == "ContactSynced" && e.Payload.Contains($"\"psaId\":{contacts[1].PsaId}") && e.Payload.Contains("\"isActive\":false"));
    }

    private static Task<Contact> Contact(IntegrationsHarness h, int psaId) =>
        h.DbAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.PsaId == psaId));
}
