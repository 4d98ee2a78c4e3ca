using TopLeft.Shared.Tenancy;

namespace TopLeft.Portal.Domain;

/// <summary>A board's Portal tab. A board without a row is not a portal board.</summary>
internal sealed class BoardPortalSettings : ITenantOwned
{
    public Guid TenantId { get; set; }

    public Guid BoardId { get; init; }

    public bool Enabled { get; set; }

    /// <summary>External notes and time entries; internal notes never, whatever this says.</summary>
    public bool ShowNotesAndTimeEntries { get; set; }

    public bool ContactCanAddNotes { get; set; }

    public CardVisibility Visibility { get; set; } = CardVisibility.Company;

    public bool ContactCanDrag { get; set; }

    public bool ShowBudgetSummary { get; set; }

    /// <summary>Companies that may use the board; empty = every licensed company.</summary>
    public List<int> CompanyAccess { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}

internal enum CardVisibility
{
    /// <summary>Cards of the contact's company (Autotask: and its child companies).</summary>
    Company = 1,

    /// <summary>Only cards whose contact is the signed-in contact.</summary>
    OnlyMine = 2,
}
