using TopLeft.Boards.Contracts;
using TopLeft.Boards.Domain;
using TopLeft.Integrations.Contracts;
using TopLeft.Licensing.Contracts;

namespace TopLeft.Boards.Access;

/// <summary>
/// One user's rights on one board for one request: the licensing snapshot, and the portal scope when the user is a
/// contact. Every card read and change goes through <see cref="Shows"/>, so the page and the API agree.
/// </summary>
internal sealed record BoardAccess(Board Board, VisibilityFilter Visibility, CardScope? Scope, int? ActingMemberPsaId, string UserName, Guid? UserId)
{
    public bool IsContact => Scope is not null;

    public bool CanDrag => Scope is null || (Scope.CanDrag && !Scope.ReadOnly);

    public bool CanAddNotes => Scope is null || (Scope.CanAddNotes && !Scope.ReadOnly);

    /// <summary>Members may use the card menu (status, priority, assignees, time); contacts never.</summary>
    public bool CanEditCards => Scope is null;

    public bool ShowNotes => Scope is null || Scope.ShowNotesAndTimeEntries;

    public bool ShowLaneTotals => Board.ShowLaneTotals && (Scope is null || Scope.ShowBudgetSummary);

    /// <summary>The rule for one work item: on this board, visible under licensing, and inside the contact's scope.</summary>
    public bool Shows(WorkItem item) =>
        item.Ref.Kind == Board.Kind
        && (Board.PsaBoardIds.Count == 0 || (item.BoardPsaId is { } b && Board.PsaBoardIds.Contains(b)))
        && Visibility.IsVisible(item.AssigneePsaIds)
        && (Scope is null || InScope(item, Scope));

    private static bool InScope(WorkItem item, CardScope scope) =>
        (scope.CompanyPsaIds is null || (item.CompanyPsaId is { } c && scope.CompanyPsaIds.Contains(c)))
        && (scope.ContactPsaId is null || item.ContactPsaId == scope.ContactPsaId);
}

/// <summary>Why a board cannot be opened.</summary>
internal enum BoardDenial
{
    /// <summary>No such board, or not one the user may know of (contacts).</summary>
    NotFound,

    /// <summary>A member without a license.</summary>
    NoLicense,
}
