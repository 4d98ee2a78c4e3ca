using TopLeft.Integrations.Contracts;
using TopLeft.PsaSimulator.Faults;
using TopLeft.Testing;

namespace TopLeft.Integrations.Tests.Features;

public sealed class WriteBackTests
{
    public static TheoryData<PsaKind> Psas => [PsaKind.ConnectWise, PsaKind.Autotask];

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_status_change_and_a_note_reach_the_psa(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind);
        await h.SyncAsync(Domain.SyncType.Full);
        var (item, status) = await TargetAsync(h);

        var statusWrite = await h.ModuleAsync(m => m.RequestStatusChangeAsync(item.Ref, status));
        var noteWrite = await h.ModuleAsync(m => m.RequestNoteAsync(item.Ref, "Rebooted the switch", isInternal: false));

        (await Done(h, statusWrite)).State.ShouldBe(WriteBackState.Succeeded);
        (await Done(h, noteWrite)).State.ShouldBe(WriteBackState.Succeeded);
        h.SimulatorOpenTickets().Single(t => t.Id == item.Ref.PsaId).Status.ShouldBe(status);
        h.SimulatorNotes(item.Ref.PsaId).Count(n => n!.ToJsonString().Contains("Rebooted the switch")).ShouldBe(1);
        (await h.ModuleAsync(m => m.GetNotesAsync(item.Ref, includeInternal: true))).ShouldContain(n => n.Text == "Rebooted the switch");
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task A_refused_status_change_is_reverted_and_reported(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind);
        await h.SyncAsync(Domain.SyncType.Full);
        var (item, _) = await TargetAsync(h);
        var invalid = kind == PsaKind.ConnectWise
            ? (await h.ModuleAsync(m => m.GetBoardsAsync())).Where(b => b.PsaId != item.BoardPsaId).SelectMany(b => b.Statuses).First().PsaId
            : 987654;

        var id = await h.ModuleAsync(m => m.RequestStatusChangeAsync(item.Ref, invalid));

        var result = await Done(h, id);
        result.State.ShouldBe(WriteBackState.Failed);
        result.Error.ShouldNotBeNullOrWhiteSpace();
        (await h.ModuleAsync(m => m.GetWorkItemAsync(item.Ref)))!.StatusPsaId.ShouldBe(item.StatusPsaId);
        (await h.EventsAsync()).ShouldContain(e => e.Type == "WriteBackFailed" && e.Payload.Contains(id.ToString()));
    }

    [Theory]
    [MemberData(nameof(Psas))]
    public async Task Write_backs_are_retried_after_429_and_500_and_arrive_once(PsaKind kind)
    {
        await using var h = await IntegrationsHarness.StartAsync(kind);
        await h.SyncAsync(Domain.SyncType.Full);
        var (item, status) = await TargetAsync(h);
        var psa = kind == PsaKind.ConnectWise ? FaultPsa.ConnectWise : FaultPsa.Autotask;
        h.Simulator.AddFault(new FaultRule { Psa = psa, Kind = FaultKind.TooManyRequests, Method = "PATCH", Path = "*", Count = 3, RetryAfterSeconds = 1 });
        h.Simulator.AddFault(new FaultRule { Psa = psa, Kind = FaultKind.ServerError, Method = "POST", Path = "*otes*", Count = 3 });

        var statusWrite = await h.ModuleAsync(m => m.RequestStatusChangeAsync(item.Ref, status));
        var noteWrite = await h.ModuleAsync(m => m.RequestNoteAsync(item.Ref, "Retried note", isInternal: true));

        (await Done(h, statusWrite)).State.ShouldBe(WriteBackState.Succeeded);
        var note = await Done(h, noteWrite);
        note.State.ShouldBe(WriteBackState.Succeeded);
        note.Attempts.ShouldBeGreaterThan(1);
        h.SimulatorOpenTickets().Single(t => t.Id == item.Ref.PsaId).Status.ShouldBe(status);
        h.SimulatorNotes(item.Ref.PsaId).Count(n => n!.ToJsonString().Contains("Retried note")).ShouldBe(1);
    }

    internal static async Task<WriteBackStatus> Done(IntegrationsHarness h, Guid id) =>
        (await Eventually.Get(() => h.ModuleAsync(m => m.GetWriteBackAsync(id)), w => w!.State != WriteBackState.Pending, TimeSpan.FromSeconds(30)))!;

    internal static async Task<(WorkItem Item, int Status)> TargetAsync(IntegrationsHarness h)
    {
        var boards = await h.ModuleAsync(m => m.GetBoardsAsync());
        var item = (await h.ModuleAsync(m => m.GetWorkItemsAsync(new WorkItemQuery(Kinds: [WorkItemKind.Ticket])))).First(w => w.BoardPsaId != null);
        var status = boards.First(b => b.PsaId == item.BoardPsaId).Statuses.First(s => s.PsaId != item.StatusPsaId && !s.IsClosed && s.IsActive).PsaId;
        return (item, status);
    }
}
