using Microsoft.EntityFrameworkCore;
using TopLeft.Licensing.Contracts;
using TopLeft.Licensing.Data;
using TopLeft.Licensing.Features.ManageSubscription;
using TopLeft.Licensing.Visibility;

namespace TopLeft.Licensing;

internal sealed class LicensingModuleApi(VisibilityCache visibility, SubscriptionStore store, LicensingDbContext db) : ILicensingModule
{
    public Task<VisibilityFilter> GetVisibilityAsync(CancellationToken cancellationToken = default) => visibility.GetFilterAsync(cancellationToken);

    public async Task<bool> IsMemberLicensedAsync(int psaMemberId, CancellationToken cancellationToken = default) =>
        (await visibility.GetFilterAsync(cancellationToken)).LicensedMemberPsaIds.Contains(psaMemberId);

    public async Task<SubscriptionSummary> GetSubscriptionAsync(CancellationToken cancellationToken = default)
    {
        var subscription = await store.LoadAsync(track: false, cancellationToken);
        var used = await db.LicensedMembers.CountAsync(cancellationToken);
        return new SubscriptionSummary(subscription.IsTrial, subscription.MemberLicenses, subscription.PortalCompanyLicenses, used);
    }
}
