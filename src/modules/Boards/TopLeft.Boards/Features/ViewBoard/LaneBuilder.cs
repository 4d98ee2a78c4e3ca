using System.Globalization;
using TopLeft.Boards.Domain;
using TopLeft.Integrations.Contracts;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>Puts cards into swimlanes and describes the lanes (title, count, WIP mark, project / phase totals).</summary>
internal sealed class LaneBuilder(Swimlane swimlane, BoardLookups lookups)
{
    public const string NoLane = "none";
    public const string Unassigned = "unassigned";

    public string KeyOf(WorkItem item) => swimlane switch
    {
        Swimlane.Member => item.AssigneePsaIds.Count == 0 ? Unassigned : Key("member", item.AssigneePsaIds[0]),
        Swimlane.Company => item.CompanyPsaId is { } c ? Key("company", c) : NoLane,
        Swimlane.Priority => item.PriorityPsaId is { } p ? Key("priority", p) : NoLane,
        Swimlane.Project => item.ProjectPsaId is { } pr ? Key("project", pr) : NoLane,
        Swimlane.Phase => item.PhasePsaId is { } ph ? Key("phase", ph) : NoLane,
        _ => NoLane,
    };

    /// <summary>The PSA id in a lane key ("member-12" → 12), or null for "none" / "unassigned".</summary>
    public static int? IdOf(string laneKey)
    {
        var dash = laneKey.LastIndexOf('-');
        return dash > 0 && int.TryParse(laneKey[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public IReadOnlyList<LaneView> Lanes(IReadOnlyList<WorkItem> items, int? laneLimit, bool showTotals)
    {
        if (swimlane == Swimlane.None)
        {
            return [new LaneView(NoLane, "", items.Count, laneLimit is { } l && items.Count > l, null, null)];
        }

        return items.GroupBy(KeyOf)
            .Select(g =>
            {
                var id = IdOf(g.Key);
                var parent = id is { } p && lookups.Parents.TryGetValue(p, out var found) ? found : null;
                return (Order: OrderOf(g.Key, id), Lane: new LaneView(
                    g.Key,
                    TitleOf(g.Key, id, parent),
                    g.Count(),
                    laneLimit is { } limit && g.Count() > limit,
                    showTotals ? parent?.ActualHours : null,
                    showTotals ? parent?.BudgetHours : null));
            })
            .OrderBy(x => x.Order.Group).ThenBy(x => x.Order.Sort).ThenBy(x => x.Lane.Title, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Lane)
            .ToList();
    }

    private static string Key(string prefix, int id) => $"{prefix}-{id.ToString(CultureInfo.InvariantCulture)}";

    private (int Group, int Sort) OrderOf(string key, int? id) =>
        key is NoLane or Unassigned ? (1, 0)
        : swimlane == Swimlane.Priority && id is { } p && lookups.Priorities.TryGetValue(p, out var priority) ? (0, priority.SortOrder)
        : (0, 0);

    private string TitleOf(string key, int? id, WorkItem? parent) => key switch
    {
        Unassigned => "Unassigned",
        NoLane => swimlane switch
        {
            Swimlane.Company => "No company",
            Swimlane.Priority => "No priority",
            Swimlane.Project => "No project",
            Swimlane.Phase => "No phase",
            _ => "",
        },
        _ => swimlane switch
        {
            Swimlane.Member when lookups.Members.TryGetValue(id!.Value, out var m) => CardReader.MemberName(m),
            Swimlane.Company when lookups.Companies.TryGetValue(id!.Value, out var c) => c.Name,
            Swimlane.Priority when lookups.Priorities.TryGetValue(id!.Value, out var p) => p.Name,
            Swimlane.Project or Swimlane.Phase when parent is not null => parent.Title,
            _ => $"#{id}",
        },
    };
}
