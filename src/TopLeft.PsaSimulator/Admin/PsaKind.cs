namespace TopLeft.PsaSimulator.Admin;

/// <summary>Which fake PSA an admin operation targets.</summary>
public enum PsaKind
{
    /// <summary>The ConnectWise tenant.</summary>
    ConnectWise,

    /// <summary>The Autotask tenant.</summary>
    Autotask,
}
