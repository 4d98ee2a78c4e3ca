namespace TopLeft.Licensing.Billing;

internal sealed record BillingPlanChange(Guid TenantId, bool IsTrial, int MemberLicenses, int PortalCompanyLicenses);
