using TopLeft.Boards.Domain;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>Names, colours, ranks and status ages a board read needs, fetched once per read.</summary>
internal sealed record BoardLookups(
    IReadOnlyDictionary<int, PsaMember> Members,
    IReadOnlyDictionary<int, PsaCompany> Companies,
    IReadOnlyDictionary<int, PsaPriority> Priorities,
    IReadOnlyDictionary<int, string> Statuses,
    IReadOnlyList<StatusView> BoardStatuses,
    IReadOnlyDictionary<int, double> Ranks,
    IReadOnlyDictionary<int, CardStatusSince> Since,
    IReadOnlyDictionary<int, WorkItem> Parents,
    ConnectionSummary? Connection)
{
    public string StatusName(int psaId) => Statuses.TryGetValue(psaId, out var name) ? name : $"Status {psaId}";
}
