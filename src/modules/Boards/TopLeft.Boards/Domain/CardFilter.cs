namespace TopLeft.Boards.Domain;

/// <summary>Which cards a board (or a user's temporary filter) keeps; an empty list does not filter.</summary>
internal sealed record CardFilter
{
    public List<int> MemberPsaIds { get; init; } = [];

    public List<int> CompanyPsaIds { get; init; } = [];

    public List<int> PriorityPsaIds { get; init; } = [];

    public List<int> ProjectPsaIds { get; init; } = [];

    /// <summary>Include unassigned cards when filtering by member.</summary>
    public bool IncludeUnassigned { get; init; }

    public bool IsEmpty => MemberPsaIds.Count == 0 && CompanyPsaIds.Count == 0 && PriorityPsaIds.Count == 0 && ProjectPsaIds.Count == 0;
}
