namespace TopLeft.PsaSimulator.Faults;

/// <summary>Which fake PSA a rule applies to.</summary>
public enum FaultPsa
{
    /// <summary>Both.</summary>
    Any,

    /// <summary>The ConnectWise API (and its callbacks).</summary>
    ConnectWise,

    /// <summary>The Autotask API (and its webhooks).</summary>
    Autotask,
}
