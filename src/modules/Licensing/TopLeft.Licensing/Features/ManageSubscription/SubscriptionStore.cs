using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.Contracts;
using TopLeft.Licensing.Data;
using TopLeft.Licensing.Domain;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Features.ManageSubscription;

/// <summary>
/// Loads the tenant's subscription; a tenant that never changed it starts as Accounts created it (a trial at
/// sign-up) and is stored with its first change.
/// </summary>
internal sealed class SubscriptionStore(LicensingDbContext db, IAccountsModule accounts, ITenantContext tenant, TimeProvider time)
{
    public async Task<Subscription> LoadAsync(bool track, CancellationToken cancellationToken)
    {
        var query = track ? db.Subscriptions : db.Subscriptions.AsNoTracking();
        if (await query.FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing;
        }

        var summary = tenant.Slug is { } slug ? await accounts.FindTenantAsync(slug, cancellationToken) : null;
        var started = Subscription.Start(summary?.IsTrial ?? true, time.GetUtcNow());
        if (track)
        {
            db.Subscriptions.Add(started);
        }

        return started;
    }
}
