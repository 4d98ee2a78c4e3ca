namespace TopLeft.PsaSimulator.Autotask;

/// <summary>
/// Who writes: the API user's resource, or the impersonated resource with the API user recorded as impersonator.
/// </summary>
internal sealed record AtContext(int ActorResourceId, int? ImpersonatorResourceId, DateTime Now);
