namespace TopLeft.AppHost;

// A failure the user can act on: its message is printed as is, without a stack trace.
internal sealed class AppHostException(string message) : Exception(message);
