namespace TopLeft.Accounts.Contracts;

/// <summary>A tenant (one MSP) as other modules see it.</summary>
/// <param name="Id">Tenant id carried by every tenant-owned row.</param>
/// <param name="Slug">The URL label: <c>https://{slug}.{host}/</c>.</param>
/// <param name="Name">The MSP's company name.</param>
/// <param name="IsTrial">True while the account is a trial (unlimited licenses).</param>
public sealed record TenantSummary(Guid Id, string Slug, string Name, bool IsTrial);
