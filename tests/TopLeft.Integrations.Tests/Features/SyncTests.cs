using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Integrations.Contracts;
using PsaKind = TopLeft.Integrations.Contracts.PsaKind;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Sync;
using TopLeft.Integrations.Psa;
using TopLeft.PsaSimulator.Faults;
using TicketChange = TopLeft.PsaSimulator.Admin.TicketChange;
using TopLeft.Testing;
using SimPsa = TopLeft.PsaSimulator.Admin.PsaKind;

namespace TopLeft.Integrations.Tests.Features;

public sealed class SyncTests
{
    public static TheoryData<PsaKind> Psas => [PsaKind.ConnectWise, PsaKind.Autotask];

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_full_sync_copies_every_open_ticket_with_members_boards_and_priorities(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind);

        var run = await h.SyncAsync(SyncType.Full);

        run.State.ShouldBe(SyncRunState.Succeeded, run.Log);
        var expected = h.SimulatorOpenTickets();
        var local = await h.DbAsync(db => db.WorkItems.Where(w => w.Kind == WorkItemKind.Ticket || w.Kind == WorkItemKind.ProjectTicket)
            .OrderBy(w => w.PsaId).Select(w => new { w.PsaId, w.StatusPsaId, w.Title }).ToListAsync());
        local.Select(w => (w.PsaId, w.StatusPsaId ?? 0, w.Title)).ShouldBe(expected.Select(t => (t.Id, t.Status, t.Title)));
        (await h.ModuleAsync(m => m.GetMembersAsync())).ShouldNotBeEmpty();
        (await h.ModuleAsync(m => m.GetBoardsAsync())).ShouldAllBe(b => b.Statuses.Count > 0);
        (await h.ModuleAsync(m => m.GetPrioritiesAsync())).ShouldAllBe(p => p.Color != null);
        (await h.DbAsync(db => db.Notes.CountAsync())).ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task An_incremental_sync_picks_up_what_changed_in_the_psa(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind);
        await h.SyncAsync(SyncType.Full);
        var ticket = h.SimulatorOpenTickets()[3];

        h.Simulator.Control.ChangeTicket(Sim(kind), ticket.Id, new TicketChange(Summary: "Printer on fire")).Ok.ShouldBeTrue();
        var run = await h.SyncAsync(SyncType.Incremental);

        run.State.ShouldBe(SyncRunState.Succeeded, run.Log);
        var item = await h.ModuleAsync(m => m.GetWorkItemAsync(new WorkItemRef(WorkItemKind.Ticket, ticket.Id)))
            ?? await h.ModuleAsync(m => m.GetWorkItemAsync(new WorkItemRef(WorkItemKind.ProjectTicket, ticket.Id)));
        item!.Title.ShouldBe("Printer on fire");
        (await h.EventsAsync()).ShouldContain(e => e.Type == "WorkItemChanged" && e.Payload.Contains("\"sync\""));
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_callback_updates_the_local_copy_and_publishes_an_event(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind);
        await h.SyncAsync(SyncType.Full);
        var ticket = h.SimulatorOpenTickets().First(t => t.Status != (kind == PsaKind.Autotask ? 8 : 0));
        var target = kind == PsaKind.Autotask ? "In Progress" : null;
        var boards = await h.ModuleAsync(m => m.GetBoardsAsync());
        var item = (await h.ModuleAsync(m => m.GetWorkItemsAsync(new WorkItemQuery()))).First(w => w.Ref.PsaId == ticket.Id);
        var status = target ?? boards.First(b => b.PsaId == item.BoardPsaId).Statuses.First(s => s.PsaId != item.StatusPsaId && !s.IsClosed).Name;

        h.Simulator.Control.ChangeTicket(Sim(kind), ticket.Id, new TicketChange(Status: status)).Ok.ShouldBeTrue();

        var changed = await Eventually.Get(() => h.ModuleAsync(m => m.GetWorkItemAsync(item.Ref)), w => w!.StatusName == status, TimeSpan.FromSeconds(15));
        changed!.StatusName.ShouldBe(status);
        (await h.EventsAsync()).ShouldContain(e => e.Type == "WorkItemChanged" && e.Payload.Contains("\"callback\"") && e.Payload.Contains($"\"psaId\":{ticket.Id}"));
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task Deleted_tickets_are_detected_and_removed(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind);
        await h.SyncAsync(SyncType.Full);
        var ticket = h.SimulatorOpenTickets()[5];

        h.Simulator.Control.Delete(Sim(kind), kind == PsaKind.ConnectWise ? "tickets" : "Tickets", ticket.Id).Ok.ShouldBeTrue();
        var run = await h.SyncAsync(SyncType.Reconcile);

        run.State.ShouldBe(SyncRunState.Succeeded, run.Log);
        (await h.DbAsync(db => db.WorkItems.AnyAsync(w => w.PsaId == ticket.Id && (w.Kind == WorkItemKind.Ticket || w.Kind == WorkItemKind.ProjectTicket)))).ShouldBeFalse();
        (await h.EventsAsync()).ShouldContain(e => e.Type == "WorkItemDeleted" && e.Payload.Contains($"\"psaId\":{ticket.Id}"));
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_ticket_deleted_in_the_psa_is_removed_by_its_callback_without_a_sync(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 40);
        await h.SyncAsync(SyncType.Full);
        var ticket = h.SimulatorOpenTickets()[4];

        h.Simulator.Control.Delete(Sim(kind), kind == PsaKind.ConnectWise ? "tickets" : "Tickets", ticket.Id).Ok.ShouldBeTrue();

        await Eventually.Get(() => h.DbAsync(db => db.WorkItems.AnyAsync(w => w.PsaId == ticket.Id && (w.Kind == WorkItemKind.Ticket || w.Kind == WorkItemKind.ProjectTicket))),
            exists => !exists, TimeSpan.FromSeconds(30));
        (await h.EventsAsync()).ShouldContain(e => e.Type == "WorkItemDeleted" && e.Payload.Contains($"\"psaId\":{ticket.Id}"));
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_reconcile_keeps_what_it_read_when_a_callback_that_began_before_it_saves_after_its_page(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 40);
        await h.SyncAsync(SyncType.Full);
        var item = await h.DbAsync(db => db.WorkItems.Where(w => w.Kind == WorkItemKind.Ticket).OrderBy(w => w.PsaId).Skip(2).FirstAsync());
        var callbackBegan = DateTimeOffset.UtcNow;
        h.Simulator.AddFault(new FaultRule
        {
            Psa = kind == PsaKind.ConnectWise ? FaultPsa.ConnectWise : FaultPsa.Autotask, Kind = FaultKind.Delay, DelayMs = 4000, Count = 1,
            Path = kind == PsaKind.ConnectWise ? "*/project/projects*" : "*/Tasks/query*",
        });

        // The reconcile writes its ticket page, then waits on the next listing; meanwhile a callback that
        // began before the run saves the same ticket with its own, earlier stamp.
        var reconcile = h.SyncAsync(SyncType.Reconcile);
        await Eventually.Get(() => h.DbAsync(db => db.WorkItems.AsNoTracking().SingleAsync(w => w.Kind == item.Kind && w.PsaId == item.PsaId)),
            w => w.SeenAt > callbackBegan, TimeSpan.FromSeconds(20));
        await h.WithScopeAsync<IntegrationsDbContext, int>(async db =>
        {
            var connection = await db.Connections.AsNoTracking().SingleAsync();
            var adapter = await h.App.Services.GetRequiredService<PsaAdapterFactory>().CreateAsync(connection, db, null, CancellationToken.None);
            var fetched = await adapter.FetchWorkItemAsync(item.Ref, CancellationToken.None);
            await new LocalStore(db).UpsertWorkItemsAsync([fetched!], callbackBegan, keepClosed: false, null, publish: true, "callback", CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        reconcile.IsCompleted.ShouldBeFalse();
        var run = await reconcile;

        run.State.ShouldBe(SyncRunState.Succeeded, run.Log);
        (await h.DbAsync(db => db.WorkItems.AnyAsync(w => w.Kind == item.Kind && w.PsaId == item.PsaId))).ShouldBeTrue(run.Log);
    }

    [Fact]
    public async Task An_Autotask_full_sync_copies_the_task_status_picklist_apart_from_the_ticket_statuses_and_names_task_statuses_by_it()
    {
        await using var h = await IntegrationsHarness.StartAsync(PsaKind.Autotask);
        using var autotask = h.Simulator.CreateAutotaskClient();
        var taskPicklist = await PicklistAsync(autotask, "Tasks");
        var ticketPicklist = await PicklistAsync(autotask, "Tickets");

        var run = await h.SyncAsync(SyncType.Full);

        run.State.ShouldBe(SyncRunState.Succeeded, run.Log);
        var taskStatuses = await h.ModuleAsync(m => m.GetOwnStatusesAsync(WorkItemKind.Task));
        taskStatuses.Select(s => (s.PsaId, s.Name)).ShouldBe(taskPicklist);
        taskStatuses.Where(s => s.IsClosed).Select(s => s.Name).ShouldBe(["Complete"]);
        var taskOnly = taskPicklist.Where(t => ticketPicklist.All(x => x.Id != t.Id)).Select(t => t.Id).ToList();
        taskOnly.ShouldNotBeEmpty();
        (await h.ModuleAsync(m => m.GetBoardsAsync())).SelectMany(b => b.Statuses).ShouldNotContain(s => taskOnly.Contains(s.PsaId));
        var tasks = await h.ModuleAsync(m => m.GetWorkItemsAsync(new WorkItemQuery(Kinds: [WorkItemKind.Task])));
        tasks.ShouldNotBeEmpty();
        tasks.ShouldAllBe(t => t.StatusName == taskPicklist.First(p => p.Id == t.StatusPsaId).Name);

        // Projects have a status picklist of their own too.
        var projectStatuses = await h.ModuleAsync(m => m.GetOwnStatusesAsync(WorkItemKind.Project));
        projectStatuses.Select(s => (s.PsaId, s.Name)).ShouldBe(await PicklistAsync(autotask, "Projects"));
        projectStatuses.Where(s => s.IsClosed).Select(s => s.Name).ShouldBe(["Complete"]);
    }

    [Fact]
    public async Task A_ConnectWise_full_sync_copies_the_project_statuses_and_a_project_status_change_is_written_back_by_id()
    {
        await using var h = await IntegrationsHarness.StartAsync(PsaKind.ConnectWise);
        using var cw = h.Simulator.CreateConnectWiseClient();
        var listed = (await cw.GetFromJsonAsync<JsonArray>("project/statuses"))!.Select(s => ((int)s!["id"]!, (string)s["name"]!, (bool)s["closedFlag"]!)).ToList();
        listed.Count.ShouldBeGreaterThan(2);

        var run = await h.SyncAsync(SyncType.Full);

        run.State.ShouldBe(SyncRunState.Succeeded, run.Log);
        var statuses = await h.ModuleAsync(m => m.GetOwnStatusesAsync(WorkItemKind.Project));
        statuses.Select(s => (s.PsaId, s.Name, s.IsClosed)).ShouldBe(listed);
        (await h.ModuleAsync(m => m.GetOwnStatusesAsync(WorkItemKind.Ticket))).ShouldBeEmpty();

        var project = (await h.ModuleAsync(m => m.GetWorkItemsAsync(new WorkItemQuery(Kinds: [WorkItemKind.Project])))).First(p => !p.IsClosed);
        var onHold = statuses.Last(s => !s.IsClosed && s.PsaId != project.StatusPsaId);
        await h.ModuleAsync(m => m.RequestStatusChangeAsync(project.Ref, onHold.PsaId));
        var written = await Eventually.Get(
            async () => (await cw.GetFromJsonAsync<JsonObject>($"project/projects/{project.Ref.PsaId}"))!["status"]!,
            s => (int)s["id"]! == onHold.PsaId, TimeSpan.FromSeconds(20));
        ((string)written["name"]!).ShouldBe(onHold.Name);
    }

    private static async Task<List<(int Id, string Name)>> PicklistAsync(HttpClient autotask, string entity)
    {
        var fields = await autotask.GetFromJsonAsync<JsonObject>($"{entity}/entityInformation/fields");
        var status = fields!["fields"]!.AsArray().First(f => (string)f!["name"]! == "status")!;
        return status["picklistValues"]!.AsArray().OrderBy(v => (int)v!["sortOrder"]!)
            .Select(v => (int.Parse((string)v!["value"]!, System.Globalization.CultureInfo.InvariantCulture), (string)v["label"]!)).ToList();
    }

    internal static SimPsa Sim(PsaKind kind) => kind == PsaKind.ConnectWise ? SimPsa.ConnectWise : SimPsa.Autotask;
}
