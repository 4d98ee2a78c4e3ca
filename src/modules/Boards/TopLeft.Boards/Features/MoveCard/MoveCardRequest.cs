namespace TopLeft.Boards.Features.MoveCard;

/// <summary>A drop: the target column (and lane), where in the column, and the status the mover saw.</summary>
/// <param name="ColumnId">Target column.</param>
/// <param name="StatusPsaId">The status picked when the column stands for several valid ones.</param>
/// <param name="LaneKey">Target lane, when lanes are shown.</param>
/// <param name="ExpectedStatusPsaId">The card's status as the mover's page showed it; if someone moved it since, the move is refused with the card as it is now.</param>
/// <param name="BeforeKey">The card it now sits below, or null at the top.</param>
/// <param name="AfterKey">The card it now sits above, or null at the bottom.</param>
internal sealed record MoveCardRequest(Guid ColumnId, int? StatusPsaId, string? LaneKey, int? ExpectedStatusPsaId, string? BeforeKey, string? AfterKey);

internal sealed record RankRequest(string Position);
