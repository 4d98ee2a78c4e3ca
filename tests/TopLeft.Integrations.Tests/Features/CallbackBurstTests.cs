using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Domain;
using TopLeft.PsaSimulator.Faults;
using TopLeft.Testing;
using PsaKind = TopLeft.Integrations.Contracts.PsaKind;
using NoteRequest = TopLeft.PsaSimulator.Admin.NoteRequest;
using SimPsa = TopLeft.PsaSimulator.Admin.PsaKind;
using TicketChange = TopLeft.PsaSimulator.Admin.TicketChange;

namespace TopLeft.Integrations.Tests.Features;

/// <summary>The NotificationWorker fetches the tickets of a batch of callbacks/webhooks with list requests, not one by one.</summary>
public sealed class CallbackBurstTests
{
    private const int PhantomTicket = 9_900_001;

    public static TheoryData<PsaKind> Psas => [PsaKind.ConnectWise, PsaKind.Autotask];

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_burst_of_ticket_callbacks_ends_equal_to_the_psa_with_far_fewer_ticket_requests_than_tickets(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 400);
        await h.SyncAsync(SyncType.Full);
        var tickets = h.SimulatorOpenTickets().Take(150).ToList();
        await AddPhantomAsync(h);
        h.Simulator.Control.ClearRequests();

        // A slow first list request lets the queue fill, as a burst against a busy PSA would.
        h.Simulator.AddFault(new FaultRule { Psa = Psa(kind), Kind = FaultKind.Delay, DelayMs = 4000, Count = 1, Path = ListPath(kind) });
        RenameAll(h, kind, tickets, "Burst change");

        h.Simulator.Control.Delete(SyncTests.Sim(kind), kind == PsaKind.ConnectWise ? "tickets" : "Tickets", tickets[7].Id).Ok.ShouldBeTrue();

        // A hint for a ticket the PSA no longer returns, with no delete callback: the list answer alone must remove it.
        await AddNotificationAsync(h, PhantomTicket);

        await EqualToPsaAsync(h);
        (await LocalIdsAsync(h)).ShouldNotContain(tickets[7].Id);
        (await LocalIdsAsync(h)).ShouldNotContain(PhantomTicket);
        (await h.EventsAsync()).ShouldContain(e => e.Type == "WorkItemDeleted" && e.Payload.Contains($"\"psaId\":{PhantomTicket}"));
        var (lists, singles) = TicketRequests(h);
        singles.ShouldBe(0);
        lists.ShouldBeGreaterThan(0);

        // Deliveries keep arriving while batches run, so how many lists depends on the machine's load; a fifth is still far fewer.
        lists.ShouldBeLessThanOrEqualTo(tickets.Count / 5, $"{lists} ticket list requests for {tickets.Count} tickets");

        // Autotask status labels read by the full sync serve the webhook batches after it.
        h.Simulator.Control.RequestCounters().Where(c => c.Key.Contains("entityInformation/fields", StringComparison.OrdinalIgnoreCase)).Sum(c => c.Value).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_failing_list_request_puts_its_callbacks_on_backoff_and_they_are_applied_once_it_answers(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 200);
        await h.SyncAsync(SyncType.Full);
        var tickets = h.SimulatorOpenTickets().Take(30).ToList();

        h.Simulator.AddFault(new FaultRule { Psa = Psa(kind), Kind = FaultKind.ServerError, StatusCode = 500, Path = ListPath(kind) });
        RenameAll(h, kind, tickets, "Retried change");

        // The HTTP pipeline's own retries give up first (about 13 s), then the worker backs the notifications off.
        await Eventually.Get(() => h.DbAsync(db => db.Notifications.AnyAsync(n => n.Attempts > 0 && n.ProcessedAt == null && n.Error != null)),
            backedOff => backedOff, TimeSpan.FromSeconds(60));
        h.Simulator.ClearFaults();

        await EqualToPsaAsync(h);
        var notifications = await h.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.EntityType.ToLower() == "ticket").ToListAsync());
        notifications.ShouldAllBe(n => n.ProcessedAt != null && n.Error == null && n.Attempts < 12);
        notifications.Select(n => n.EntityId).Distinct().Count().ShouldBe(tickets.Count);
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task Notes_added_in_the_psa_to_several_tickets_reach_the_local_copy_without_a_sync(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 60);
        await h.SyncAsync(SyncType.Full);
        var tickets = h.SimulatorOpenTickets().Take(12).ToList();

        foreach (var ticket in tickets)
        {
            h.Simulator.Control.AddNote(SyncTests.Sim(kind), ticket.Id, new NoteRequest($"Burst note on {ticket.Id}")).Ok.ShouldBeTrue();
        }

        var texts = tickets.Select(t => $"Burst note on {t.Id}").ToList();
        var local = await Eventually.Get(
            () => h.DbAsync(db => db.Notes.AsNoTracking().Where(n => texts.Contains(n.Text)).Select(n => new { n.WorkItemPsaId, n.Text }).ToListAsync()),
            notes => notes.Count == texts.Count, TimeSpan.FromSeconds(60));
        local.ShouldAllBe(n => n.Text == $"Burst note on {n.WorkItemPsaId}");
    }

    [Fact]
    public async Task ConnectWise_ticket_changes_arrive_while_its_notes_endpoint_fails_and_the_notes_follow_once_it_answers()
    {
        await using var h = await IntegrationsHarness.StartAsync(PsaKind.ConnectWise, tickets: 60);
        await h.SyncAsync(SyncType.Full);
        var tickets = h.SimulatorOpenTickets().Take(10).ToList();
        h.Simulator.AddFault(new FaultRule { Psa = FaultPsa.ConnectWise, Kind = FaultKind.ServerError, StatusCode = 500, Path = "*/service/tickets/*/notes" });

        RenameAll(h, PsaKind.ConnectWise, tickets, "Renamed while notes fail");
        foreach (var ticket in tickets)
        {
            h.Simulator.Control.AddNote(SimPsa.ConnectWise, ticket.Id, new NoteRequest($"Note while failing on {ticket.Id}")).Ok.ShouldBeTrue();
        }

        // The tickets do not wait for their note reads, which keep failing (and backing off) in their own lane.
        var titles = tickets.Select((_, i) => $"Renamed while notes fail {i}").ToList();
        await Eventually.Get(
            () => h.DbAsync(db => db.WorkItems.CountAsync(w => titles.Contains(w.Title))),
            count => count == tickets.Count, TimeSpan.FromSeconds(30));
        var texts = tickets.Select(t => $"Note while failing on {t.Id}").ToList();
        (await h.DbAsync(db => db.Notes.CountAsync(n => texts.Contains(n.Text)))).ShouldBe(0);
        await Eventually.Get(
            () => h.DbAsync(db => db.Notifications.AnyAsync(n => n.EntityType == "ticket-notes" && n.Attempts > 0 && n.ProcessedAt == null)),
            backedOff => backedOff, TimeSpan.FromSeconds(60));

        h.Simulator.ClearFaults();
        await Eventually.Get(
            () => h.DbAsync(db => db.Notes.CountAsync(n => texts.Contains(n.Text))),
            count => count == texts.Count, TimeSpan.FromSeconds(60));
        var reads = await h.DbAsync(db => db.Notifications.AsNoTracking().Where(n => n.EntityType == "ticket-notes").ToListAsync());
        reads.Select(n => n.EntityId).ShouldBeSubsetOf(tickets.Select(t => t.Id));
        await Eventually.Get(
            () => h.DbAsync(db => db.Notifications.CountAsync(n => n.EntityType == "ticket-notes" && (n.ProcessedAt == null || n.Error != null))),
            open => open == 0, TimeSpan.FromSeconds(30));
    }

    private static FaultPsa Psa(PsaKind kind) => kind == PsaKind.ConnectWise ? FaultPsa.ConnectWise : FaultPsa.Autotask;

    private static string ListPath(PsaKind kind) => kind == PsaKind.ConnectWise ? "*/service/tickets" : "*/Tickets/query";

    /// <summary>Waits until the local open tickets are the simulator's (id, status, title) and the queue is empty.</summary>
    private static Task EqualToPsaAsync(IntegrationsHarness h) =>
        Eventually.Get(async () =>
        {
            var expected = h.SimulatorOpenTickets().Select(t => (t.Id, t.Status, t.Title)).ToList();
            var local = (await h.DbAsync(db => db.WorkItems.AsNoTracking()
                    .Where(w => w.Kind == WorkItemKind.Ticket || w.Kind == WorkItemKind.ProjectTicket)
                    .OrderBy(w => w.PsaId).Select(w => new { w.PsaId, w.StatusPsaId, w.Title }).ToListAsync()))
                .Select(w => (w.PsaId, w.StatusPsaId ?? 0, w.Title)).ToList();
            var pending = await h.DbAsync(db => db.Notifications.CountAsync(n => n.ProcessedAt == null));
            return pending == 0 && local.SequenceEqual(expected) ? ""
                : $"pending {pending}; only local: {string.Join(", ", local.Except(expected).Take(5))}; only in the PSA: {string.Join(", ", expected.Except(local).Take(5))}";
        }, difference => difference.Length == 0, TimeSpan.FromSeconds(90));

    private static Task<List<int>> LocalIdsAsync(IntegrationsHarness h) =>
        h.DbAsync(db => db.WorkItems.Where(w => w.Kind == WorkItemKind.Ticket || w.Kind == WorkItemKind.ProjectTicket).Select(w => w.PsaId).ToListAsync());

    /// <summary>Ticket list requests (ConnectWise GET service/tickets, Autotask Tickets/query) and single-ticket GETs since the counters were cleared.</summary>
    private static (long Lists, long Singles) TicketRequests(IntegrationsHarness h)
    {
        var counters = h.Simulator.Control.RequestCounters();
        long Sum(params string[] endings) =>
            counters.Where(c => endings.Any(e => c.Key.EndsWith(e, StringComparison.OrdinalIgnoreCase))).Sum(c => c.Value);
        return h.Kind == PsaKind.ConnectWise
            ? (Sum("GET /v4_6_release/apis/3.0/service/tickets"), Sum("GET /v4_6_release/apis/3.0/service/tickets/{id}"))
            : (Sum("POST /ATServicesRest/V1.0/Tickets/query"), Sum("GET /ATServicesRest/V1.0/Tickets/{id}"));
    }

    private static Task AddPhantomAsync(IntegrationsHarness h) => h.DbAsync(db =>
    {
        db.WorkItems.Add(new WorkItemRow { Kind = WorkItemKind.Ticket, PsaId = PhantomTicket, Number = "phantom", Title = "Gone from the PSA" });
        return db.SaveChangesAsync();
    });

    private static Task AddNotificationAsync(IntegrationsHarness h, int ticketId) => h.DbAsync(db =>
    {
        var now = DateTimeOffset.UtcNow;
        db.Notifications.Add(new InboundNotification
        {
            TenantId = h.TenantId, Psa = h.Kind, DeliveryKey = $"test:{Guid.NewGuid()}", EntityType = h.Kind == PsaKind.ConnectWise ? "ticket" : "Ticket",
            EntityId = ticketId, Action = h.Kind == PsaKind.ConnectWise ? "updated" : "Update", ReceivedAt = now, NextAttemptAt = now,
        });
        return db.SaveChangesAsync();
    });

    /// <summary>Changes each ticket's summary in the PSA (one callback or webhook each), numbered in order.</summary>
    private static void RenameAll(IntegrationsHarness h, PsaKind kind, IReadOnlyList<SimTicket> tickets, string prefix)
    {
        for (var i = 0; i < tickets.Count; i++)
        {
            h.Simulator.Control.ChangeTicket(SyncTests.Sim(kind), tickets[i].Id, new TicketChange(Summary: $"{prefix} {i}")).Ok.ShouldBeTrue();
        }
    }
}
