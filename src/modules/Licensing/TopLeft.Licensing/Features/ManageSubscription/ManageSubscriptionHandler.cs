using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TopLeft.Licensing.Billing;
using TopLeft.Licensing.Contracts.Events;
using TopLeft.Licensing.Data;
using TopLeft.Licensing.Domain;
using TopLeft.Shared.Data;

namespace TopLeft.Licensing.Features.ManageSubscription;

internal sealed class ManageSubscriptionHandler(LicensingDbContext db, SubscriptionStore store, IBillingProvider billing, TimeProvider time)
{
    public async Task<SubscriptionResponse> GetAsync(CancellationToken cancellationToken)
    {
        var subscription = await store.LoadAsync(track: false, cancellationToken);
        return Describe(subscription, await db.LicensedMembers.CountAsync(cancellationToken));
    }

    public async Task<SubscriptionReview> ReviewAsync(ChangeSubscriptionRequest request, CancellationToken cancellationToken)
    {
        var subscription = await store.LoadAsync(track: false, cancellationToken);
        var selected = await db.LicensedMembers.CountAsync(cancellationToken);
        var trialAfter = subscription.IsTrial && !request.EndTrial;
        var problem = subscription.Refusal(request.MemberLicenses, request.PortalCompanyLicenses, trialAfter, selected);
        return new SubscriptionReview(
            Describe(subscription, selected), trialAfter, request.MemberLicenses, request.PortalCompanyLicenses,
            request.MemberLicenses - subscription.MemberLicenses, request.PortalCompanyLicenses - subscription.PortalCompanyLicenses,
            problem is null, problem);
    }

    /// <summary>Applies the change, or returns why not (nothing is stored then).</summary>
    public async Task<(SubscriptionResponse? Result, string? Problem)> ChangeAsync(
        ChangeSubscriptionRequest request, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = await db.BumpVersionAsync(cancellationToken);
        var subscription = await store.LoadAsync(track: true, cancellationToken);
        var selected = await db.LicensedMembers.CountAsync(cancellationToken);
        var trialAfter = subscription.IsTrial && !request.EndTrial;
        if (subscription.Refusal(request.MemberLicenses, request.PortalCompanyLicenses, trialAfter, selected) is { } problem)
        {
            return (null, problem);
        }

        var receipt = await billing.ChangePlanAsync(
            new BillingPlanChange(db.CurrentTenantId, trialAfter, request.MemberLicenses, request.PortalCompanyLicenses), cancellationToken);
        if (!receipt.Accepted)
        {
            return (null, receipt.Refusal ?? "The billing provider refused the change.");
        }

        var before = (subscription.IsTrial, subscription.MemberLicenses, subscription.PortalCompanyLicenses);
        subscription.Change(request.MemberLicenses, request.PortalCompanyLicenses, trialAfter, time.GetUtcNow());
        db.Changes.Add(new LicensingChange
        {
            At = time.GetUtcNow(), Kind = LicensingChange.SubscriptionKind, ByUserId = UserId(by), ByName = by.FindFirstValue("tl_name"),
            ByAdmin = by.IsInRole("admin"),
            Summary = $"Member licenses {before.MemberLicenses} → {request.MemberLicenses}, portal company licenses " +
                $"{before.PortalCompanyLicenses} → {request.PortalCompanyLicenses}{(before.IsTrial && !trialAfter ? ", trial ended" : "")} (version {version}).",
            FromMemberLicenses = before.MemberLicenses, ToMemberLicenses = request.MemberLicenses,
            FromPortalCompanyLicenses = before.PortalCompanyLicenses, ToPortalCompanyLicenses = request.PortalCompanyLicenses,
            WasTrial = before.IsTrial, IsTrial = trialAfter, BillingReference = receipt.Reference,
        });
        db.Publish(new SubscriptionChanged(trialAfter, request.MemberLicenses, request.PortalCompanyLicenses));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (Describe(subscription, selected), null);
    }

    public async Task<List<LicensingChangeRow>> HistoryAsync(CancellationToken cancellationToken) =>
        await db.Changes.AsNoTracking().OrderByDescending(c => c.At).Take(200)
            .Select(c => new LicensingChangeRow(c.At, c.Kind, c.ByName, c.Summary, c.FromMemberLicenses, c.ToMemberLicenses,
                c.FromPortalCompanyLicenses, c.ToPortalCompanyLicenses, c.WasTrial, c.IsTrial, c.BillingReference))
            .ToListAsync(cancellationToken);

    internal static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private SubscriptionResponse Describe(Subscription s, int selected) =>
        new(s.IsTrial, s.MemberLicenses, s.PortalCompanyLicenses, selected, s.IsTrial ? null : Math.Max(0, s.MemberLicenses - selected), billing.Name);
}
