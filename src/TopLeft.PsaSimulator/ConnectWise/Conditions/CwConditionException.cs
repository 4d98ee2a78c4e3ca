namespace TopLeft.PsaSimulator.ConnectWise.Conditions;

internal sealed class CwConditionException(string message) : Exception(message);
