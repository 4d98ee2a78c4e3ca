using System.Collections.Frozen;

namespace TopLeft.Licensing.Contracts;

/// <summary>
/// The rule "a work item appears on boards only if it is unassigned or assigned to at least one licensed
/// member", over one snapshot of the licensed set. Immutable and safe to share between threads.
/// </summary>
public sealed class VisibilityFilter
{
    /// <summary>Creates a filter over a set of licensed, active PSA member ids.</summary>
    /// <param name="version">The licensing version the snapshot was taken at.</param>
    /// <param name="licensedMemberPsaIds">Licensed members that are active in the PSA.</param>
    public VisibilityFilter(long version, IEnumerable<int> licensedMemberPsaIds)
    {
        ArgumentNullException.ThrowIfNull(licensedMemberPsaIds);
        Version = version;
        LicensedMemberPsaIds = licensedMemberPsaIds.ToFrozenSet();
    }

    /// <summary>The licensing version this snapshot belongs to; it grows with every change.</summary>
    public long Version { get; }

    /// <summary>PSA ids of the members who hold a license and are active in the PSA.</summary>
    public IReadOnlySet<int> LicensedMemberPsaIds { get; }

    /// <summary>True when an item with these assignees may appear: no assignee, or at least one licensed.</summary>
    /// <param name="assigneePsaIds">The item's assigned members (for example <c>WorkItem.AssigneePsaIds</c>).</param>
    public bool IsVisible(IReadOnlyList<int> assigneePsaIds)
    {
        ArgumentNullException.ThrowIfNull(assigneePsaIds);
        if (assigneePsaIds.Count == 0)
        {
            return true;
        }

        foreach (var id in assigneePsaIds)
        {
            if (LicensedMemberPsaIds.Contains(id))
            {
                return true;
            }
        }

        return false;
    }
}
