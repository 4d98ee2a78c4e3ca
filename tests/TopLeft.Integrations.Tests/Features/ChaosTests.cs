using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Domain;
using TopLeft.PsaSimulator.Faults;
using PsaKind = TopLeft.Integrations.Contracts.PsaKind;

namespace TopLeft.Integrations.Tests.Features;

public sealed class ChaosTests
{
    public static TheoryData<PsaKind> Psas => [PsaKind.ConnectWise, PsaKind.Autotask];

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task After_random_faults_stop_one_reconciliation_makes_the_local_copy_equal_the_psa_and_every_write_back_arrived_once(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind, tickets: 120);
        await h.SyncAsync(SyncType.Full);
        var psa = kind == PsaKind.ConnectWise ? FaultPsa.ConnectWise : FaultPsa.Autotask;
        h.Simulator.AddFault(new FaultRule { Psa = psa, Kind = FaultKind.TooManyRequests, Probability = 0.15, RetryAfterSeconds = 1 });
        h.Simulator.AddFault(new FaultRule { Psa = psa, Kind = FaultKind.ServerError, Probability = 0.15, StatusCode = 503 });
        h.Simulator.AddFault(new FaultRule { Psa = psa, Kind = FaultKind.Abort, Probability = 0.05 });
        h.Simulator.AddFault(new FaultRule { Psa = psa, Kind = FaultKind.DuplicateDelivery, Probability = 0.3 });
        h.Simulator.AddFault(new FaultRule { Psa = psa, Kind = FaultKind.ReorderDelivery, Probability = 0.3 });

        h.Simulator.Control.BulkChanges(SyncTests.Sim(kind), 40, seed: 7);
        var items = (await h.ModuleAsync(m => m.GetWorkItemsAsync(new WorkItemQuery(Kinds: [WorkItemKind.Ticket])))).Take(6).ToList();
        var notes = new List<(Guid Id, int Ticket, string Text)>();
        foreach (var item in items)
        {
            var text = $"Chaos note {item.Ref.PsaId}";
            notes.Add((await h.ModuleAsync(m => m.RequestNoteAsync(item.Ref, text, isInternal: false)), item.Ref.PsaId, text));
        }

        await h.SyncAsync(SyncType.Incremental);
        foreach (var note in notes)
        {
            (await WriteBackTests.Done(h, note.Id)).State.ShouldBe(WriteBackState.Succeeded);
        }

        h.Simulator.ClearFaults();
        var run = await h.SyncAsync(SyncType.Reconcile);

        run.State.ShouldBe(SyncRunState.Succeeded, run.Log);
        var expected = h.SimulatorOpenTickets();
        var local = await h.DbAsync(db => db.WorkItems.Where(w => w.Kind == WorkItemKind.Ticket || w.Kind == WorkItemKind.ProjectTicket)
            .OrderBy(w => w.PsaId).Select(w => new { w.PsaId, w.StatusPsaId, w.Title }).ToListAsync());
        local.Select(w => (w.PsaId, w.StatusPsaId ?? 0, w.Title)).ShouldBe(expected.Select(t => (t.Id, t.Status, t.Title)));
        foreach (var note in notes)
        {
            h.SimulatorNotes(note.Ticket).Count(n => n!.ToJsonString().Contains(note.Text)).ShouldBe(1);
        }
    }
}
