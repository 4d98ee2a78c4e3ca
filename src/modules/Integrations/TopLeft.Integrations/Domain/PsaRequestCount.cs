namespace TopLeft.Integrations.Domain;

/// <summary>
/// PSA requests of one tenant in one minute, summed over every Host instance: the rolling hour is the last 60 rows.
/// Not <see cref="TopLeft.Shared.Tenancy.ITenantOwned"/>: the meter writes it for the tenant it names, from any scope.
/// </summary>
internal sealed class PsaRequestCount
{
    public Guid TenantId { get; set; }

    /// <summary>Start of the minute (UTC).</summary>
    public DateTimeOffset Minute { get; set; }

    public int Requests { get; set; }
}
