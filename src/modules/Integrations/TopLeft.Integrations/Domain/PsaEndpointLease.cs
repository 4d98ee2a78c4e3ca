namespace TopLeft.Integrations.Domain;

/// <summary>
/// One of the few request slots Autotask allows per object endpoint (3), shared by every Host instance. A slot is
/// free when <see cref="HeldUntil"/> has passed, so a crashed instance's slot frees itself.
/// </summary>
internal sealed class PsaEndpointLease
{
    public Guid TenantId { get; set; }

    /// <summary>Autotask entity segment, lower case ("tickets").</summary>
    public string Endpoint { get; set; } = "";

    public int Slot { get; set; }

    public DateTimeOffset HeldUntil { get; set; }

    /// <summary>Who holds it, so a late release never frees a slot someone else took after it expired.</summary>
    public Guid Holder { get; set; }
}
