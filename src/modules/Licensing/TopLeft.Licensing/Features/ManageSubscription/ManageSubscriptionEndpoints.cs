using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace TopLeft.Licensing.Features.ManageSubscription;

internal static class ManageSubscriptionEndpoints
{
    public static void MapManageSubscription(this RouteGroupBuilder admin)
    {
        admin.MapGet("/subscription", GetAsync).WithSummary("The subscription: license counts, trial state, licenses in use.");
        admin.MapPost("/subscription/review", ReviewAsync).WithSummary("Review step: the new totals and whether the change can be applied; changes nothing.");
        admin.MapPut("/subscription", ChangeAsync).WithSummary("Upgrades or downgrades the license counts (or ends the trial); a downgrade below the selected members is refused.");
        admin.MapGet("/subscription/history", HistoryAsync).WithSummary("Subscription and license changes, newest first.");
    }

    private static async Task<Ok<SubscriptionResponse>> GetAsync(ManageSubscriptionHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(ct));

    private static async Task<Results<Ok<SubscriptionReview>, ValidationProblem>> ReviewAsync(
        ChangeSubscriptionRequest request, ManageSubscriptionHandler handler, CancellationToken ct) =>
        Invalid(request) is { } invalid ? invalid : TypedResults.Ok(await handler.ReviewAsync(request, ct));

    private static async Task<Results<Ok<SubscriptionResponse>, ValidationProblem, ProblemHttpResult>> ChangeAsync(
        ChangeSubscriptionRequest request, ManageSubscriptionHandler handler, ClaimsPrincipal user, CancellationToken ct)
    {
        if (Invalid(request) is { } invalid)
        {
            return invalid;
        }

        var (result, problem) = await handler.ChangeAsync(request, user, ct);
        return result is not null
            ? TypedResults.Ok(result)
            : TypedResults.Problem(title: "The subscription cannot be changed.", detail: problem, statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<List<LicensingChangeRow>>> HistoryAsync(ManageSubscriptionHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.HistoryAsync(ct));

    private static ValidationProblem? Invalid(ChangeSubscriptionRequest request) =>
        request.MemberLicenses < 0 || request.PortalCompanyLicenses < 0
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["memberLicenses"] = ["License counts cannot be negative."] })
            : null;
}
