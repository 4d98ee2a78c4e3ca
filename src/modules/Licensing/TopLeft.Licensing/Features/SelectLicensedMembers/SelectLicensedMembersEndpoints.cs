using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace TopLeft.Licensing.Features.SelectLicensedMembers;

internal static class SelectLicensedMembersEndpoints
{
    public static void MapSelectLicensedMembers(this RouteGroupBuilder admin)
    {
        admin.MapGet("/members", GetAsync).WithSummary("The Licensing page: available and selected members, licenses used and the limit.");
        admin.MapPut("/members", SaveAsync).WithSummary(
            "Saves the licensed members; takes effect on the next request everywhere. Over the limit is refused. With sendInvitations, invites the newly selected members.");
        admin.MapPost("/members/invitations", SendInvitationsAsync).WithSummary(
            "Sends invitation e-mails to licensed members (normally the newly selected ones) and says per member whether one was sent, and why not.");
    }

    private static async Task<Ok<LicensedMembersResponse>> GetAsync(SelectLicensedMembersHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(ct));

    private static async Task<Results<Ok<SaveSelectionResponse>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        SaveSelectionRequest request, SelectLicensedMembersHandler handler, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.SelectedPsaIds is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["selectedPsaIds"] = ["List the selected members (may be empty)."] });
        }

        var (result, problem) = await handler.SaveAsync(request, user, ct);
        return result is not null
            ? TypedResults.Ok(result)
            : TypedResults.Problem(title: "The licensed members cannot be saved.", detail: problem, statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<IReadOnlyList<InvitationRow>>, ValidationProblem>> SendInvitationsAsync(
        SendInvitationsRequest request, SelectLicensedMembersHandler handler, CancellationToken ct)
    {
        if (request.PsaIds is not { Count: > 0 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["psaIds"] = ["List the members to invite."] });
        }

        return TypedResults.Ok(await handler.SendInvitationsAsync(request.PsaIds, ct));
    }
}
