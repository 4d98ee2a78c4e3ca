using System.Security.Claims;
using TopLeft.Boards.Contracts;

namespace TopLeft.Portal.Access;

/// <summary>Governs contacts (and admins viewing as one) on every board: Boards enforces the scope it returns.</summary>
internal sealed class PortalScopeProvider(PortalAccess access) : ICardScopeProvider
{
    public async Task<CardScope?> GetScopeAsync(ClaimsPrincipal user, BoardSummary board, CancellationToken cancellationToken = default)
    {
        if (await access.ViewerAsync(user, cancellationToken) is not { } viewer)
        {
            return null;
        }

        if (!viewer.HasAccess)
        {
            return CardScope.Closed;
        }

        return PortalRules.Scope(viewer, board, await access.OptionsAsync(board.Id, cancellationToken), await access.PsaKindAsync(cancellationToken));
    }
}
