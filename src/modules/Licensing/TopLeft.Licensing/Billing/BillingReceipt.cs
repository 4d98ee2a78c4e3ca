namespace TopLeft.Licensing.Billing;

/// <summary>The provider's answer: accepted with a reference, or refused with a reason the admin can read.</summary>
internal sealed record BillingReceipt(bool Accepted, string? Reference, string? Refusal);
