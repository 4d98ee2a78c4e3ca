using TopLeft.Shared.Messaging;

namespace TopLeft.Licensing.Contracts.Events;

/// <summary>
/// The set of licensed members changed (an admin saved the selection, or a licensed member became inactive).
/// Boards and the live channel re-check access and visible work; the new answers are already in effect.
/// </summary>
/// <param name="Version">The licensing version after the change.</param>
/// <param name="LicensedMemberPsaIds">Licensed members after the change.</param>
/// <param name="Added">Members who gained a license.</param>
/// <param name="Removed">Members who lost theirs.</param>
public sealed record LicensesChanged(long Version, IReadOnlyList<int> LicensedMemberPsaIds, IReadOnlyList<int> Added, IReadOnlyList<int> Removed)
    : IIntegrationEvent;
