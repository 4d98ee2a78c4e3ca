namespace TopLeft.Boards.Features.CardActions;

internal sealed record AddNoteRequest(string Text, bool IsInternal);

internal sealed record AddTimeEntryRequest(DateTimeOffset Start, decimal Hours, string? Notes);

internal sealed record ChangeStatusRequest(int StatusPsaId);

internal sealed record ChangePriorityRequest(int PriorityPsaId);

internal sealed record ChangeAssigneesRequest(IReadOnlyList<int> MemberPsaIds);

internal sealed record WriteBackAccepted(Guid WriteBackId);
