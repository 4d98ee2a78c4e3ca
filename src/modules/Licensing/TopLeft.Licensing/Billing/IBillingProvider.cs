namespace TopLeft.Licensing.Billing;

/// <summary>
/// Where a subscription change is charged. There is no payment provider yet; <see cref="InAppBillingProvider"/>
/// accepts every change and the history keeps its reference, so a real provider only replaces this registration.
/// </summary>
internal interface IBillingProvider
{
    string Name { get; }

    Task<BillingReceipt> ChangePlanAsync(BillingPlanChange change, CancellationToken cancellationToken);
}
