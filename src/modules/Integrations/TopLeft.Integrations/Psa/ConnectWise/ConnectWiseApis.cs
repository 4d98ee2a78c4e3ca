namespace TopLeft.Integrations.Psa.ConnectWise;

// Refit-shaped: one interface per ConnectWise API area, methods mirror endpoints. Collection reads
// use forward-only paging (pageId = last id seen) unless a page number is given.

/// <summary><c>GET /login/companyinfo/{companyId}</c> (no auth).</summary>
internal interface ICwLoginApi
{
    Task<CwCompanyInfo?> GetCompanyInfoAsync(string companyId, CancellationToken ct);
}

/// <summary><c>/service/…</c></summary>
internal interface ICwServiceApi
{
    Task<IReadOnlyList<CwTicket>> GetTicketsAsync(CwQuery query, CancellationToken ct);

    Task<CwTicket?> GetTicketAsync(int id, CancellationToken ct);

    Task<CwTicket> PatchTicketAsync(int id, IReadOnlyList<CwPatchOperation> operations, CancellationToken ct);

    Task<IReadOnlyList<CwNote>> GetTicketNotesAsync(int ticketId, CwQuery query, CancellationToken ct);

    Task<CwNote> CreateTicketNoteAsync(int ticketId, CwNewNote note, CancellationToken ct);

    Task<IReadOnlyList<CwBoard>> GetBoardsAsync(CwQuery query, CancellationToken ct);

    Task<IReadOnlyList<CwBoardStatus>> GetBoardStatusesAsync(int boardId, CwQuery query, CancellationToken ct);

    Task<IReadOnlyList<CwPriority>> GetPrioritiesAsync(CwQuery query, CancellationToken ct);
}

/// <summary><c>/company/…</c></summary>
internal interface ICwCompanyApi
{
    Task<IReadOnlyList<CwCompany>> GetCompaniesAsync(CwQuery query, CancellationToken ct);

    Task<IReadOnlyList<CwContact>> GetContactsAsync(CwQuery query, CancellationToken ct);
}

/// <summary><c>/system/…</c></summary>
internal interface ICwSystemApi
{
    Task<IReadOnlyList<CwMember>> GetMembersAsync(CwQuery query, CancellationToken ct);

    Task<CwToken> CreateMemberTokenAsync(string memberIdentifier, CancellationToken ct);

    Task<IReadOnlyList<CwCallback>> GetCallbacksAsync(CwQuery query, CancellationToken ct);

    Task<CwCallback> CreateCallbackAsync(CwNewCallback callback, CancellationToken ct);

    Task DeleteCallbackAsync(int id, CancellationToken ct);
}

/// <summary><c>/time/entries</c></summary>
internal interface ICwTimeApi
{
    Task<IReadOnlyList<CwTimeEntry>> GetTimeEntriesAsync(CwQuery query, CancellationToken ct);

    Task<CwTimeEntry> CreateTimeEntryAsync(CwNewTimeEntry entry, CancellationToken ct);
}

/// <summary><c>/project/…</c></summary>
internal interface ICwProjectApi
{
    Task<IReadOnlyList<CwProject>> GetProjectsAsync(CwQuery query, CancellationToken ct);

    Task<IReadOnlyList<CwProjectStatus>> GetProjectStatusesAsync(CwQuery query, CancellationToken ct);

    Task<CwProject> PatchProjectAsync(int id, IReadOnlyList<CwPatchOperation> operations, CancellationToken ct);

    Task<IReadOnlyList<CwPhase>> GetPhasesAsync(int projectId, CwQuery query, CancellationToken ct);
}

/// <summary><c>/schedule/entries</c></summary>
internal interface ICwScheduleApi
{
    Task<IReadOnlyList<CwScheduleEntry>> GetScheduleEntriesAsync(CwQuery query, CancellationToken ct);

    Task<CwScheduleEntry> CreateScheduleEntryAsync(CwNewScheduleEntry entry, CancellationToken ct);

    Task DeleteScheduleEntryAsync(int id, CancellationToken ct);
}
