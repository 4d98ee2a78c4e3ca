using System.Security.Claims;

namespace TopLeft.Boards.Contracts;

/// <summary>
/// Lets another module (the Portal) govern which boards and cards a user sees, without Boards depending on it.
/// Boards asks every registered provider; the first non-null answer governs the user, and then the licensed-member
/// rule no longer applies to them. A user no provider governs is treated as a member.
/// </summary>
public interface ICardScopeProvider
{
    /// <summary>The user's scope on one board, or null when this provider does not govern the user.</summary>
    /// <param name="user">The signed-in user (a contact, or an admin viewing as a contact).</param>
    /// <param name="board">The board asked about.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<CardScope?> GetScopeAsync(ClaimsPrincipal user, BoardSummary board, CancellationToken cancellationToken = default);
}
