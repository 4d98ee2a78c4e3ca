using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Contracts;

/// <summary>A board as other modules see it.</summary>
/// <param name="Id">Board id.</param>
/// <param name="Name">Name shown in the menu.</param>
/// <param name="Kind">What its cards are: tickets, project tickets, tasks or projects.</param>
/// <param name="PsaBoardIds">PSA boards / queues it selects from (empty = all).</param>
public sealed record BoardSummary(Guid Id, string Name, WorkItemKind Kind, IReadOnlyList<int> PsaBoardIds);
