using TopLeft.Shared.Tenancy;

namespace TopLeft.Licensing.Domain;

/// <summary>One entry of the subscription and license history: who changed what, and the billing reference.</summary>
internal sealed class LicensingChange : ITenantOwned
{
    public const string SubscriptionKind = "subscription";
    public const string SelectionKind = "selection";
    public const string MemberDeactivatedKind = "member-deactivated";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public DateTimeOffset At { get; init; }

    public string Kind { get; init; } = "";

    public Guid? ByUserId { get; init; }

    public string? ByName { get; init; }

    public bool ByAdmin { get; init; }

    public string Summary { get; init; } = "";

    public int? FromMemberLicenses { get; init; }

    public int? ToMemberLicenses { get; init; }

    public int? FromPortalCompanyLicenses { get; init; }

    public int? ToPortalCompanyLicenses { get; init; }

    public bool? WasTrial { get; init; }

    public bool? IsTrial { get; init; }

    public string? BillingReference { get; init; }
}
