using TopLeft.Boards.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Portal.Domain;

namespace TopLeft.Portal.Access;

/// <summary>The portal's access rules as pure functions, so the scope provider and its tests read the same text.</summary>
internal static class PortalRules
{
    /// <summary>Card kinds a portal board may show: ConnectWise service and project tickets, Autotask tickets and tasks.</summary>
    public static bool SupportsKind(PsaKind? psa, WorkItemKind kind) => psa switch
    {
        PsaKind.ConnectWise => kind is WorkItemKind.Ticket or WorkItemKind.ProjectTicket,
        PsaKind.Autotask => kind is WorkItemKind.Ticket or WorkItemKind.Task,
        _ => false,
    };

    /// <summary>The companies a contact of <paramref name="company"/> sees: it, and in Autotask its child companies (any depth).</summary>
    public static IReadOnlySet<int> CompaniesOf(int company, PsaKind? psa, IReadOnlyList<PsaCompany> all)
    {
        var result = new HashSet<int> { company };
        if (psa != PsaKind.Autotask)
        {
            return result;
        }

        var children = all.Where(c => c.ParentPsaId is not null).ToLookup(c => c.ParentPsaId!.Value, c => c.PsaId);
        var queue = new Queue<int>([company]);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var child in children[parent])
            {
                if (result.Add(child))
                {
                    queue.Enqueue(child);
                }
            }
        }

        return result;
    }

    /// <summary>The scope of a governed viewer on one board: closed unless every condition holds.</summary>
    public static CardScope Scope(PortalViewer viewer, BoardSummary board, BoardPortalSettings? options, PsaKind? psa)
    {
        if (!viewer.HasAccess || viewer.CompanyPsaId is not { } company || options is not { Enabled: true } || !SupportsKind(psa, board.Kind))
        {
            return CardScope.Closed;
        }

        if (options.CompanyAccess.Count > 0 && !options.CompanyAccess.Contains(company))
        {
            return CardScope.Closed;
        }

        return new CardScope(
            CanOpen: true,
            CompanyPsaIds: viewer.Companies,
            ContactPsaId: options.Visibility == CardVisibility.OnlyMine ? viewer.ContactPsaId : null,
            CanDrag: options.ContactCanDrag && !viewer.ReadOnly,
            CanAddNotes: options.ContactCanAddNotes && !viewer.ReadOnly,
            ShowNotesAndTimeEntries: options.ShowNotesAndTimeEntries,
            ShowBudgetSummary: options.ShowBudgetSummary,
            ReadOnly: viewer.ReadOnly,
            ActingContactPsaId: viewer.ReadOnly ? null : viewer.ContactPsaId);
    }
}
