using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TopLeft.Boards.Access;
using TopLeft.Boards.Contracts.Events;
using TopLeft.Boards.Data;
using TopLeft.Boards.Features.LiveUpdates;
using TopLeft.Boards.Features.ViewBoard;
using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Data;

namespace TopLeft.Boards.Features.CardActions;

/// <summary>
/// The card menu: note, time entry, status (also one on no column), priority, assignees. Each is written back to the
/// PSA through the Integrations outbox, recorded in the card's history and announced to open boards. Contacts may
/// only add notes, and only where the board's portal options allow it.
/// </summary>
internal static class CardActionEndpoints
{
    public static void MapCardActions(this RouteGroupBuilder group)
    {
        group.MapPost("/{boardId:guid}/cards/{cardKey}/notes", AddNoteAsync).WithSummary("Adds a note (contacts: an external note from them, when the board allows it).");
        group.MapPost("/{boardId:guid}/cards/{cardKey}/time-entries", AddTimeAsync).WithSummary("Adds a time entry for the signed-in member.");
        group.MapPost("/{boardId:guid}/cards/{cardKey}/status", ChangeStatusAsync).WithSummary("Sets any status of the card's PSA board, also one on no column (the card then leaves the board).");
        group.MapPost("/{boardId:guid}/cards/{cardKey}/priority", ChangePriorityAsync).WithSummary("Changes the card's priority.");
        group.MapPut("/{boardId:guid}/cards/{cardKey}/assignees", ChangeAssigneesAsync).WithSummary("Replaces the card's assignees (primary first).");
    }

    private static Task<IResult> AddNoteAsync(Guid boardId, string cardKey, AddNoteRequest request, ClaimsPrincipal user, CardActionContext context, CancellationToken ct) =>
        context.RunAsync(user, boardId, cardKey, requireMemberMenu: false, ct, async (access, item, _) =>
        {
            if (!access.CanAddNotes)
            {
                return BoardResults.Refused("You cannot add notes here.", "Adding notes is not enabled for you on this board.", "notes-not-allowed", StatusCodes.Status403Forbidden);
            }

            var text = request.Text?.Trim() ?? "";
            if (text.Length == 0 || text.Length > 8000)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Write a note of 1 to 8,000 characters."] });
            }

            // A contact's note is always one the customer can see.
            var id = access.Scope?.ActingContactPsaId is { } author
                ? await context.Psa.RequestContactNoteAsync(item, text, author, ct)
                : await context.Psa.RequestNoteAsync(item, text, request.IsInternal && !access.IsContact, access.ActingMemberPsaId, ct);
            if (access.Scope?.ActingContactPsaId is { } contact)
            {
                context.Db.Publish(new CardChangedByContact(access.Board.Id, item, contact, "note", text));
            }

            return await context.DoneAsync(access, item, id, "Added a note", ct);
        });

    private static Task<IResult> AddTimeAsync(Guid boardId, string cardKey, AddTimeEntryRequest request, ClaimsPrincipal user, CardActionContext context, CancellationToken ct) =>
        context.RunAsync(user, boardId, cardKey, requireMemberMenu: true, ct, async (access, item, _) =>
        {
            if (access.ActingMemberPsaId is not { } member)
            {
                return BoardResults.Refused("Time cannot be entered for you.", "Your user is not linked to a PSA member.", "no-psa-member");
            }

            if (request.Hours is <= 0 or > 24)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["hours"] = ["Hours are more than 0 and at most 24."] });
            }

            var id = await context.Psa.RequestTimeEntryAsync(item, member, request.Start, request.Hours, request.Notes?.Trim() ?? "", ct);
            return await context.DoneAsync(access, item, id, $"Entered {request.Hours:0.##} h", ct);
        });

    private static Task<IResult> ChangeStatusAsync(Guid boardId, string cardKey, ChangeStatusRequest request, ClaimsPrincipal user, CardActionContext context, CancellationToken ct) =>
        context.RunAsync(user, boardId, cardKey, requireMemberMenu: true, ct, async (access, item, work) =>
        {
            var status = (await context.Statuses.StatusesForAsync(work, ct)).FirstOrDefault(s => s.PsaId == request.StatusPsaId);
            if (status is null)
            {
                return BoardResults.Refused("That status cannot be used.", "The status is not one of the card's PSA board.", "invalid-status");
            }

            var id = await context.Psa.RequestStatusChangeAsync(item, status.PsaId, access.ActingMemberPsaId, ct);
            await CardHistory.TrackStatusAsync(context.Db, item, status.PsaId, context.Time.GetUtcNow(), ct);
            return await context.DoneAsync(access, item, id, $"Status changed from {work.StatusName} to {status.Name}", ct);
        });

    private static Task<IResult> ChangePriorityAsync(Guid boardId, string cardKey, ChangePriorityRequest request, ClaimsPrincipal user, CardActionContext context, CancellationToken ct) =>
        context.RunAsync(user, boardId, cardKey, requireMemberMenu: true, ct, async (access, item, _) =>
        {
            var priority = (await context.Psa.GetPrioritiesAsync(ct)).FirstOrDefault(p => p.PsaId == request.PriorityPsaId);
            if (priority is null)
            {
                return BoardResults.Refused("That priority does not exist.", "Choose one of the PSA's priorities.", "invalid-priority");
            }

            var id = await context.Psa.RequestPriorityChangeAsync(item, priority.PsaId, access.ActingMemberPsaId, ct);
            return await context.DoneAsync(access, item, id, $"Priority changed to {priority.Name}", ct);
        });

    private static Task<IResult> ChangeAssigneesAsync(Guid boardId, string cardKey, ChangeAssigneesRequest request, ClaimsPrincipal user, CardActionContext context, CancellationToken ct) =>
        context.RunAsync(user, boardId, cardKey, requireMemberMenu: true, ct, async (access, item, _) =>
        {
            var members = (await context.Psa.GetMembersAsync(cancellationToken: ct)).ToDictionary(m => m.PsaId);
            var unknown = request.MemberPsaIds.Where(m => !members.ContainsKey(m)).ToList();
            if (unknown.Count > 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["memberPsaIds"] = [$"Not active members: {string.Join(", ", unknown)}."] });
            }

            var ids = request.MemberPsaIds.Distinct().ToList();
            var id = await context.Psa.RequestAssignmentAsync(item, ids, access.ActingMemberPsaId, ct);
            var names = ids.Count == 0 ? "nobody" : string.Join(", ", ids.Select(m => CardReader.MemberName(members[m])));
            return await context.DoneAsync(access, item, id, $"Assigned to {names}", ct);
        });
}
