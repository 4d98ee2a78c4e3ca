namespace TopLeft.PsaSimulator.Autotask;

/// <summary>A query Autotask would refuse; the message goes into <c>{"errors":[…]}</c>.</summary>
internal sealed class AtQueryException(string message) : Exception(message);
