using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TopLeft.Accounts.Contracts;
using TopLeft.Licensing.Visibility;
using TopLeft.Shared.Security;

namespace TopLeft.Licensing.Features.MyLicense;

internal static class MyLicenseEndpoints
{
    /// <summary>Whether the signed-in user may use boards, and whom to ask when not (the workspace's active admins; empty when licensed).</summary>
    internal sealed record MyLicenseResponse(bool Licensed, bool IsContact, int? PsaMemberId, IReadOnlyList<string> AdminNames, IReadOnlyList<AdminRow> Admins);

    /// <summary>An admin to ask for a license.</summary>
    internal sealed record AdminRow(string Name, string? Email);

    /// <summary>The board filter for the signed-in licensed user: the licensed members at this version.</summary>
    internal sealed record MyVisibilityResponse(long Version, IReadOnlyList<int> LicensedMemberPsaIds);

    public static void MapMyLicense(this RouteGroupBuilder group)
    {
        group.MapGet("/me", GetAsync).RequireAuthorization(Policies.SignedIn)
            .WithSummary("The signed-in user's license, and the admins to ask for one.");
        group.MapGet("/me/visibility", VisibilityAsync).RequireAuthorization(Policies.LicensedMember)
            .WithSummary("Licensed members whose work appears on boards (unassigned work appears too); licensed members only.");
    }

    private static async Task<Ok<MyLicenseResponse>> GetAsync(ClaimsPrincipal user, VisibilityCache visibility, IAccountsModule accounts, CancellationToken ct)
    {
        var access = await visibility.GetUserAccessAsync(user, ct);
        var admins = access.Licensed
            ? []
            : (await accounts.GetAdminNamesAsync(ct)).Select(a => new AdminRow(a.DisplayName.Length > 0 ? a.DisplayName : a.Email ?? "", a.Email)).ToList();
        return TypedResults.Ok(new MyLicenseResponse(access.Licensed, access.IsContact, access.PsaMemberId, admins.Select(a => a.Name).ToList(), admins));
    }

    private static async Task<Ok<MyVisibilityResponse>> VisibilityAsync(VisibilityCache visibility, CancellationToken ct)
    {
        var filter = await visibility.GetFilterAsync(ct);
        return TypedResults.Ok(new MyVisibilityResponse(filter.Version, filter.LicensedMemberPsaIds.Order().ToList()));
    }
}
