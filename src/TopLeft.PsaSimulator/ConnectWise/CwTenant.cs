using TopLeft.PsaSimulator.ConnectWise.Model;
using TopLeft.PsaSimulator.Data;

namespace TopLeft.PsaSimulator.ConnectWise;

/// <summary>
/// The one ConnectWise company the simulator hosts. Every read and write takes <see cref="Sync"/>:
/// requests are short and a single lock keeps paging and callbacks consistent.
/// </summary>
internal sealed class CwTenant
{
    public const string ApiMemberIdentifier = "TopLeftAPI";

    public object Sync { get; } = new();

    public EntityTable<CwMember> Members { get; } = new(140);

    public EntityTable<CwCompany> Companies { get; } = new(250);

    public EntityTable<CwContact> Contacts { get; } = new(1000);

    public EntityTable<CwBoard> Boards { get; } = new(1);

    public EntityTable<CwBoardStatus> Statuses { get; } = new(1);

    public EntityTable<CwPriority> Priorities { get; } = new(1);

    public EntityTable<CwTicket> Tickets { get; } = new(20001);

    public EntityTable<CwTicketNote> Notes { get; } = new(100001);

    public EntityTable<CwTimeEntry> TimeEntries { get; } = new(50001);

    public EntityTable<CwProject> Projects { get; } = new(301);

    public EntityTable<CwProjectStatus> ProjectStatuses { get; } = new(1);

    public EntityTable<CwPhase> Phases { get; } = new(1001);

    public EntityTable<CwScheduleEntry> ScheduleEntries { get; } = new(70001);

    public EntityTable<CwCallback> Callbacks { get; } = new(26001);

    /// <summary>Impersonation keys minted by <c>/system/members/{id}/tokens</c>, public key → member.</summary>
    public Dictionary<string, CwToken> Tokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Per-registration signing keys served by <c>/system/callbackkey/index.rails</c>.</summary>
    public Dictionary<Guid, string> SigningKeys { get; } = [];

    public Dictionary<int, List<CwTicketNote>> NotesByTicket { get; } = [];

    public Dictionary<int, List<CwScheduleEntry>> ScheduleByTicket { get; } = [];

    public void IndexNote(CwTicketNote note)
    {
        if (!NotesByTicket.TryGetValue(note.TicketId, out var list))
        {
            NotesByTicket[note.TicketId] = list = [];
        }

        list.Add(note);
    }
}

internal sealed record CwToken(string PublicKey, string PrivateKey, int MemberId, DateTime Expiration);
