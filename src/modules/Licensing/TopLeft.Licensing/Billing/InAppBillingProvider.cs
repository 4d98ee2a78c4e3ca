using System.Globalization;

namespace TopLeft.Licensing.Billing;

internal sealed class InAppBillingProvider : IBillingProvider
{
    public string Name => "in-app";

    public Task<BillingReceipt> ChangePlanAsync(BillingPlanChange change, CancellationToken cancellationToken) =>
        Task.FromResult(new BillingReceipt(true, "in-app-" + Guid.CreateVersion7().ToString("N", CultureInfo.InvariantCulture), null));
}
