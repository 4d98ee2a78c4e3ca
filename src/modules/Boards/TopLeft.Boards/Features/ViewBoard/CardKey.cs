using System.Globalization;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>A card's id in URLs and on the page: "ticket-123", "projectticket-5", "task-9", "project-2".</summary>
internal static class CardKey
{
    public static string Of(WorkItemRef item) => $"{item.Kind.ToString().ToLowerInvariant()}-{item.PsaId.ToString(CultureInfo.InvariantCulture)}";

    public static WorkItemRef? Parse(string? key)
    {
        var dash = key?.LastIndexOf('-') ?? -1;
        return dash > 0
            && Enum.TryParse<WorkItemKind>(key![..dash], ignoreCase: true, out var kind)
            && Enum.IsDefined(kind)
            && int.TryParse(key[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new WorkItemRef(kind, id)
            : null;
    }
}
