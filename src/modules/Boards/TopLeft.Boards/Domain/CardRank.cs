using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Domain;

/// <summary>
/// A card's place in the tenant-wide order. One rank per work item (not per board) is what makes the relative order
/// of two cards the same on every board where both appear. Cards never ranked sort by <see cref="DefaultRank"/>.
/// </summary>
internal sealed class CardRank : ITenantOwned
{
    public Guid TenantId { get; set; }

    public WorkItemKind Kind { get; set; }

    public int PsaId { get; set; }

    public double Rank { get; set; }

    /// <summary>Unranked cards keep PSA order (oldest first), spaced so a card can be put between any two.</summary>
    public static double DefaultRank(int psaId) => psaId * 1024.0;
}
