using System.Text;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Admin;

namespace TopLeft.PsaSimulator;

/// <summary>Admin and data operations on a running simulator, the same as the <c>/_sim</c> HTTP API offers.</summary>
public sealed class SimulatorControl
{
    private static int bulkRuns;
    private readonly SimulatorState state;

    internal SimulatorControl(SimulatorState state) => this.state = state;

    /// <summary>Re-seeds both tenants (optionally with a new seed), dropping all changes and registrations.</summary>
    public void Reset(int? seed = null) => state.Reset(seed);

    /// <summary>All ConnectWise data in API shape: <c>{"tickets":[…],"ticketNotes":[…],…}</c>.</summary>
    public JsonObject ExportConnectWise() => JsonNode.Parse(DataExport.ConnectWise(state.Cw))!.AsObject();

    /// <summary>All Autotask data in API shape: <c>{"Tickets":[…],"TicketNotes":[…],…}</c>.</summary>
    public JsonObject ExportAutotask() => JsonNode.Parse(DataExport.Autotask(state.At))!.AsObject();

    /// <summary>Both tenants as one JSON document, <c>{"connectWise":{…},"autotask":{…}}</c>.</summary>
    public string ExportJson() =>
        $"{{\"connectWise\":{Encoding.UTF8.GetString(DataExport.ConnectWise(state.Cw))},\"autotask\":{Encoding.UTF8.GetString(DataExport.Autotask(state.At))}}}";

    /// <summary>Requests counted per PSA and per route shape, e.g. <c>ConnectWise GET /v4_6_release/apis/3.0/service/tickets</c>.</summary>
    public IReadOnlyDictionary<string, long> RequestCounters() => state.Requests.Counters();

    /// <summary>Empties the request log and counters.</summary>
    public void ClearRequests() => state.Requests.Clear();

    /// <summary>Changes a ticket as another user would (status, summary, assignees); callbacks/webhooks fire.</summary>
    public AdminResult ChangeTicket(PsaKind psa, int ticketId, TicketChange change) =>
        psa == PsaKind.ConnectWise ? CwAdmin.Change(state, ticketId, change) : AtAdmin.Change(state, ticketId, change);

    /// <summary>Adds a note to a ticket as another user (or as the customer); callbacks/webhooks fire.</summary>
    public AdminResult AddNote(PsaKind psa, int ticketId, NoteRequest note) =>
        psa == PsaKind.ConnectWise ? CwAdmin.AddNote(state, ticketId, note) : AtAdmin.AddNote(state, ticketId, note);

    /// <summary>
    /// Deletes any record, for delete-detection tests. Entities: ConnectWise tickets, notes, timeEntries,
    /// scheduleEntries, companies, contacts, projects, phases, callbacks; Autotask entity names (Tickets, TicketNotes …).
    /// </summary>
    public AdminResult Delete(PsaKind psa, string entity, int id) =>
        psa == PsaKind.ConnectWise ? CwAdmin.Delete(state, entity, id) : AtAdmin.Delete(state, entity, id);

    /// <summary>
    /// Changes top-level fields of a record as another user, e.g. a company's name; callbacks/webhooks fire. Entities as
    /// for <see cref="Delete"/> (ConnectWise companies, contacts …; Autotask Companies, Contacts …).
    /// </summary>
    public AdminResult Update(PsaKind psa, string entity, int id, JsonObject fields) =>
        psa == PsaKind.ConnectWise ? CwAdmin.Update(state, entity, id, fields) : AtAdmin.Update(state, entity, id, fields);

    /// <summary>Applies <paramref name="count"/> random changes to open tickets (status moves, notes, edits, assignments).</summary>
    public AdminResult BulkChanges(PsaKind psa, int count, int? seed = null)
    {
        var random = new Random(seed ?? Interlocked.Increment(ref bulkRuns) + state.Options.Seed);
        return psa == PsaKind.ConnectWise ? CwAdmin.BulkChanges(state, count, random) : AtAdmin.BulkChanges(state, count, random);
    }

    /// <summary>Posts a recorded callback/webhook again, byte for byte; returns false if it is no longer logged.</summary>
    public bool ReplayDelivery(long deliveryId) => state.Sender.Replay(deliveryId);

    /// <summary>Moves the simulator's clock (server timestamps) by this much from real time.</summary>
    public void SetClockSkew(TimeSpan skew) => state.Clock.Skew = skew;
}
