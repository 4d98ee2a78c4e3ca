using Microsoft.AspNetCore.Http;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Users;

namespace TopLeft.Accounts.Audit;

/// <summary>Adds audit entries to the context; they are saved with the change they describe.</summary>
internal sealed class AuditLog(AccountsDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    public void Record(string @event, AppUser? user, string? detail = null, string? userName = null)
    {
        var context = http.HttpContext;
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            Event = @event,
            UserId = user?.Id,
            UserName = user?.UserName ?? userName,
            ActorUserName = context?.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null,
            IpAddress = context?.Connection.RemoteIpAddress?.ToString(),
            Detail = detail,
        });
    }

    public async Task RecordNowAsync(string @event, AppUser? user, string? detail = null, string? userName = null, CancellationToken cancellationToken = default)
    {
        Record(@event, user, detail, userName);
        await db.SaveChangesAsync(cancellationToken);
    }
}
