using System.Text;
using System.Text.Json.Nodes;
using TopLeft.PsaSimulator.Admin;

namespace TopLeft.PsaSimulator;

/// <summary>Admin and data operations on a running simulator, the same as the <c>/_sim</c> HTTP API offers.</summary>
public sealed class SimulatorControl
{
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

    /// <summary>Moves the simulator's clock (server timestamps) by this much from real time.</summary>
    public void SetClockSkew(TimeSpan skew) => state.Clock.Skew = skew;
}
