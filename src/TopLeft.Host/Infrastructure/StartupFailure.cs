namespace TopLeft.Host.Infrastructure;

/// <summary>A start-up problem the operator can fix; its message is the one sentence we print.</summary>
internal sealed class StartupFailure(string message) : Exception(message);
