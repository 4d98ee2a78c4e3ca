using System.Security.Claims;

namespace TopLeft.Boards.Contracts;

/// <summary>What other modules and the Host may ask the Boards module, for the tenant of the caller's scope.</summary>
public interface IBoardsModule
{
    /// <summary>Every board of the tenant (for settings pages), by name.</summary>
    Task<IReadOnlyList<BoardSummary>> GetBoardsAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the user may open the board (a licensed member, or a contact the portal lets in).</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="boardId">The board.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    Task<bool> CanOpenBoardAsync(ClaimsPrincipal user, Guid boardId, CancellationToken cancellationToken = default);

    /// <summary>When each user last opened a board; users who never did are absent.</summary>
    Task<IReadOnlyDictionary<Guid, DateTimeOffset>> GetLastBoardViewsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The tenant's board-data version now (every board view carries the version it was read at); null when the cache
    /// store cannot be reached. The live hub returns it on joining a board's group: a page whose board was read at an
    /// older version may have missed a change announced before it joined, and reloads.
    /// </summary>
    Task<long?> GetDataVersionAsync();
}

/// <summary>Names shared by the Boards module and the live hub.</summary>
public static class BoardLive
{
    /// <summary>Hub event: a card on the board changed or left it; the page re-reads that card. Payload: <see cref="CardChangedMessage"/>.</summary>
    public const string CardChanged = "CardChanged";

    /// <summary>Hub event: the board itself (columns, filters, lanes) changed; the page reloads it. Payload: the board id.</summary>
    public const string BoardChanged = "BoardChanged";

    /// <summary>The live group of one board's open pages.</summary>
    public static string Group(Guid tenantId, Guid boardId) => $"board:{tenantId:N}:{boardId:N}";
}

/// <summary>Tells open pages which card to re-read (never the card's data: each reader gets only what they may see).</summary>
/// <param name="BoardId">The board.</param>
/// <param name="CardKey">The card ("ticket-123").</param>
/// <param name="By">Who changed it: a user's name, or "PSA".</param>
/// <param name="WriteBackId">The write-back that caused it, when one did.</param>
/// <param name="Error">Why the PSA refused a change, when it did (the change was reverted).</param>
public sealed record CardChangedMessage(Guid BoardId, string CardKey, string By, Guid? WriteBackId = null, string? Error = null);
