namespace TopLeft.Integrations.Contracts;

/// <summary>The PSA a tenant is connected to.</summary>
public enum PsaKind
{
    /// <summary>ConnectWise PSA (Manage), REST apis/3.0.</summary>
    ConnectWise = 1,

    /// <summary>Autotask PSA, REST ATServicesRest/V1.0.</summary>
    Autotask = 2,
}
