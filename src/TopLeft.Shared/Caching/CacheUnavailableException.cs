namespace TopLeft.Shared.Caching;

/// <summary>The cache could not be reached; compute the answer from the database instead.</summary>
public sealed class CacheUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
