namespace TopLeft.Boards.Contracts;

/// <summary>What a governed user (a contact) may see and do on one board; the server enforces every flag.</summary>
/// <param name="CanOpen">False: the board is invisible to the user (not in the menu, 404 on every call).</param>
/// <param name="CompanyPsaIds">Only cards of these companies (null = no company restriction).</param>
/// <param name="ContactPsaId">Only cards whose contact is this one (null = no contact restriction).</param>
/// <param name="CanDrag">May move cards (within a column and between columns, never across swimlanes).</param>
/// <param name="CanAddNotes">May add notes (written as a note from the contact).</param>
/// <param name="ShowNotesAndTimeEntries">May read external notes and time entries (internal notes never).</param>
/// <param name="ShowBudgetSummary">Lane headers may show time and budget totals.</param>
/// <param name="ReadOnly">Nothing may be changed at all (an admin viewing as a contact).</param>
/// <param name="ActingContactPsaId">The contact changes are made as (notes from the contact).</param>
public sealed record CardScope(
    bool CanOpen,
    IReadOnlySet<int>? CompanyPsaIds,
    int? ContactPsaId,
    bool CanDrag,
    bool CanAddNotes,
    bool ShowNotesAndTimeEntries,
    bool ShowBudgetSummary,
    bool ReadOnly,
    int? ActingContactPsaId)
{
    /// <summary>A scope that shows nothing.</summary>
    public static CardScope Closed { get; } = new(false, null, null, false, false, false, false, true, null);
}
