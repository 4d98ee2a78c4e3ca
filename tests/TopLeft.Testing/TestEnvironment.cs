namespace TopLeft.Testing;

/// <summary>The services `scripts/test.sh` starts for the tests, read from its environment variables.</summary>
public static class TestEnvironment
{
    /// <summary>Superuser connection to the test PostgreSQL server (tests create their own databases).</summary>
    public static string Postgres => Required("TOPLEFT_TEST_POSTGRES");

    /// <summary>host:port of the test Redis server.</summary>
    public static string Redis => Required("TOPLEFT_TEST_REDIS");

    /// <summary>The redis-server binary, for tests that start and stop their own Redis.</summary>
    public static string RedisServer => Environment.GetEnvironmentVariable("TOPLEFT_TEST_REDIS_SERVER") ?? "redis-server";

    /// <summary>The Chromium binary for browser tests.</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("TOPLEFT_TEST_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>The repository root (where TopLeft.sln is).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with ./scripts/test.sh, which starts PostgreSQL and Redis for them.");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TopLeft.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TopLeft.sln not found above " + AppContext.BaseDirectory);
    }
}
