using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Contracts.Events;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Invitations;
using TopLeft.Accounts.Security;
using TopLeft.Boards.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Licensing.Contracts;
using TopLeft.Shared.Data;
using TopLeft.Shared.Security;

namespace TopLeft.Accounts.Users;

/// <summary>The admin's Users page and its HTTP API: list, add, invite, disable / enable, remove a lost second factor.</summary>
internal static class UserAdminEndpoints
{
    public sealed record UserRow(
        Guid Id, string DisplayName, string UserName, string? Email, string Kind, bool IsAdmin, bool Licensed, bool Disabled,
        DateTimeOffset? LastBoardViewAt, bool TwoFactorEnabled, int PasskeyCount, bool PsaApiKeysSet, string Invitation);

    public sealed record AddUserRequest(string DisplayName, string UserName, string? Email, string Kind, bool IsAdmin, bool SendInvitation);

    public static void MapUserAdmin(this RouteGroupBuilder group)
    {
        var users = group.MapGroup("/users").RequireAuthorization(Policies.Admin);
        users.MapGet("", ListAsync).WithSummary("Every user of this workspace with licence, 2FA and invitation state.");
        users.MapPost("", AddAsync).WithSummary("Adds a member or contact by hand (normally they arrive from the PSA sync).");
        users.MapPost("/{id:guid}/invitation", InviteAsync).WithSummary("Sends or resends the invitation e-mail; a resend replaces the old link.");
        users.MapPost("/{id:guid}/disable", DisableAsync).WithSummary("Disables the user and ends their sessions at once.");
        users.MapPost("/{id:guid}/enable", EnableAsync).WithSummary("Re-enables a disabled user.");
        users.MapDelete("/{id:guid}/two-factor", RemoveTwoFactorAsync).WithSummary("Removes a user's authenticator and passkeys (lost device).");
    }

    private static async Task<Ok<List<UserRow>>> ListAsync(
        AccountsDbContext db, ILicensingModule licensing, IIntegrationsModule integrations, IBoardsModule boards, TimeProvider time, CancellationToken ct)
    {
        var licensed = (await licensing.GetVisibilityAsync(ct)).LicensedMemberPsaIds;
        // Boards records who opened a board when (one upsert per view); Accounts only reads it.
        var boardViews = await boards.GetLastBoardViewsAsync(ct);
        var withApiKeys = (await integrations.GetMemberPsaIdsWithApiKeysAsync(ct)).ToHashSet();
        var now = time.GetUtcNow();
        var passkeys = await db.UserPasskeys.GroupBy(p => p.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var invitations = (await db.Invitations.OrderBy(i => i.CreatedAt).ToListAsync(ct)).GroupBy(i => i.UserId).ToDictionary(g => g.Key, g => g.Last());
        var rows = await db.Users.OrderBy(u => u.Kind).ThenBy(u => u.DisplayName).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(u =>
        {
            var memberPsaId = u.Kind == UserKind.Member && int.TryParse(u.PsaId, out var psaId) ? psaId : (int?)null;
            var invitation = invitations.TryGetValue(u.Id, out var i) ? i.StateAt(now) switch
            {
                InvitationState.Accepted => "accepted",
                InvitationState.Expired => "expired",
                _ => "pending",
            } : "none";
            return new UserRow(
                u.Id, u.DisplayName, u.UserName!, u.Email, u.KindName, u.IsAdmin,
                Licensed: memberPsaId is { } licensedId && licensed.Contains(licensedId), u.IsDisabled,
                boardViews.TryGetValue(u.Id, out var viewed) ? viewed : u.LastBoardViewAt, u.TwoFactorEnabled, passkeys.GetValueOrDefault(u.Id),
                PsaApiKeysSet: memberPsaId is { } keysId && withApiKeys.Contains(keysId), invitation);
        }).ToList());
    }

    private static async Task<Results<Created<UserRow>, ValidationProblem, ProblemHttpResult>> AddAsync(
        AddUserRequest request, UserManager<AppUser> users, InvitationSender invitations, AuditLog audit, HttpContext http, TimeProvider time, CancellationToken ct)
    {
        var kind = request.Kind?.ToLowerInvariant() switch { "contact" => UserKind.Contact, "member" or null => UserKind.Member, _ => (UserKind?)null };
        if (kind is null)
        {
            return ProblemResults.Validation("kind", "Kind is 'member' or 'contact'.");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            return ProblemResults.Validation("displayName", "Enter the person's name.");
        }

        if (!string.IsNullOrWhiteSpace(request.Email) && !new EmailAddressAttribute().IsValid(request.Email))
        {
            return ProblemResults.Validation("email", "Enter a valid e-mail address.");
        }

        var userName = kind == UserKind.Contact ? request.Email?.Trim() : request.UserName?.Trim();
        if (string.IsNullOrWhiteSpace(userName))
        {
            return ProblemResults.Validation(kind == UserKind.Contact ? "email" : "userName", "Contacts sign in with their e-mail address; members with their PSA username.");
        }

        if (await users.FindByNameAsync(userName) is not null)
        {
            return ProblemResults.Problem(StatusCodes.Status409Conflict, "That username is taken.", $"'{userName}' already belongs to a user of this workspace.");
        }

        var user = new AppUser
        {
            UserName = userName, Email = request.Email?.Trim(), DisplayName = request.DisplayName.Trim(), Kind = kind.Value,
            IsAdmin = kind == UserKind.Member && request.IsAdmin, CreatedAt = time.GetUtcNow(),
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return ProblemResults.Validation("userName", created);
        }

        await audit.RecordNowAsync(AuditEvents.UserCreated, user, cancellationToken: ct);
        if (request.SendInvitation)
        {
            await invitations.SendAsync(user, BaseUrl(http), ct);
        }

        return TypedResults.Created($"/api/accounts/users/{user.Id}", new UserRow(
            user.Id, user.DisplayName, user.UserName!, user.Email, user.KindName, user.IsAdmin, Licensed: false, false, null, false, 0, false,
            request.SendInvitation ? "pending" : "none"));
    }

    private static async Task<Results<Accepted, NotFound, ProblemHttpResult>> InviteAsync(
        Guid id, UserManager<AppUser> users, InvitationSender invitations, HttpContext http, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return TypedResults.NotFound();
        }

        return await invitations.SendAsync(user, BaseUrl(http), ct)
            ? TypedResults.Accepted((string?)null)
            : ProblemResults.Problem(StatusCodes.Status400BadRequest, "This user has no e-mail address.", "Add one in the PSA, then sync.");
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> DisableAsync(
        Guid id, UserManager<AppUser> users, AccountsDbContext db, AuditLog audit, HttpContext http)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return TypedResults.NotFound();
        }

        if (await users.FindAsync(http.User) is { } me && me.Id == user.Id)
        {
            return ProblemResults.Problem(StatusCodes.Status400BadRequest, "You cannot disable yourself.");
        }

        user.IsDisabled = true;
        await users.UpdateAsync(user);
        // A new stamp invalidates every cookie of this user on the next request, on every Host instance.
        await users.UpdateSecurityStampAsync(user);
        db.Publish(new UserSessionsEnded(user.Id, "Your account was disabled by an administrator."));
        await audit.RecordNowAsync(AuditEvents.UserDisabled, user);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> EnableAsync(Guid id, UserManager<AppUser> users, AuditLog audit)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return TypedResults.NotFound();
        }

        user.IsDisabled = false;
        await users.UpdateAsync(user);
        await audit.RecordNowAsync(AuditEvents.UserEnabled, user);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> RemoveTwoFactorAsync(Guid id, UserManager<AppUser> users, AuditLog audit)
    {
        if (await users.FindByIdAsync(id.ToString()) is not { } user)
        {
            return TypedResults.NotFound();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        foreach (var passkey in await users.GetPasskeysAsync(user))
        {
            await users.RemovePasskeyAsync(user, passkey.CredentialId);
        }

        await audit.RecordNowAsync(AuditEvents.TwoFactorRemovedByAdmin, user);
        return TypedResults.NoContent();
    }

    internal static Uri BaseUrl(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}/");
}
