using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Security;
using TopLeft.Shared.Security;

namespace TopLeft.Integrations.Features.MemberKeys;

/// <summary>A member's personal ConnectWise API keys, so write-backs are made as that member.</summary>
/// <param name="PublicKey">The member's public API key.</param>
/// <param name="PrivateKey">The member's private API key.</param>
internal sealed record MemberApiKeysRequest(string? PublicKey, string? PrivateKey);

internal static class MemberApiKeyEndpoints
{
    public static void MapMemberApiKeys(this RouteGroupBuilder group)
    {
        var admin = group.MapGroup("/members/{psaMemberId:int}/api-keys").RequireAuthorization(Policies.Admin);
        admin.MapPut("", SaveAsync).WithName("SaveMemberApiKeys")
            .WithSummary("Stores a member's personal ConnectWise API keys (encrypted); write-backs they make then run as them.");
        admin.MapDelete("", RemoveAsync).WithName("RemoveMemberApiKeys")
            .WithSummary("Forgets a member's personal API keys; their write-backs fall back to impersonation or the integration's keys.");
    }

    private static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> SaveAsync(
        int psaMemberId, MemberApiKeysRequest request, IntegrationsDbContext db, SecretProtector secrets, CancellationToken ct)
    {
        var connection = await db.Connections.AsNoTracking().FirstOrDefaultAsync(ct);
        if (connection is null || connection.Kind != PsaKind.ConnectWise)
        {
            return TypedResults.Problem("Personal API keys are a ConnectWise feature; Autotask write-backs use impersonation instead.",
                statusCode: StatusCodes.Status409Conflict, title: "No ConnectWise connection");
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.PublicKey) || request.PublicKey.Contains(':', StringComparison.Ordinal))
        {
            errors["publicKey"] = ["Enter the member's public key."];
        }

        if (string.IsNullOrWhiteSpace(request.PrivateKey))
        {
            errors["privateKey"] = ["Enter the member's private key."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var member = await db.Members.FirstOrDefaultAsync(m => m.PsaId == psaMemberId, ct);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        member.ProtectedApiKeys = secrets.Protect($"{request.PublicKey!.Trim()}:{request.PrivateKey!.Trim()}");
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(int psaMemberId, IntegrationsDbContext db, CancellationToken ct)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.PsaId == psaMemberId, ct);
        if (member is null)
        {
            return TypedResults.NotFound();
        }

        member.ProtectedApiKeys = null;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
