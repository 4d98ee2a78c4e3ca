namespace TopLeft.AppHost;

// initdb and postgres refuse to run as root, so as root the cluster belongs to an unprivileged
// account: `postgres`, created as a system account when the machine has none.
internal static class ServiceAccount
{
    public const string PostgresUser = "postgres";

    public static bool IsRoot => Environment.UserName == "root";

    // Null when not root: the tools then run as the current user.
    public static async Task<string?> ForPostgresAsync()
    {
        if (!IsRoot)
        {
            return null;
        }

        if ((await Command.RunAsync("id", ["-u", PostgresUser])).Succeeded)
        {
            return PostgresUser;
        }

        var created = await Command.RunAsync(
            "useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", PostgresUser]);
        return created.Succeeded
            ? PostgresUser
            : throw new AppHostException($"Could not create the system account '{PostgresUser}' for PostgreSQL: {created.Output}");
    }
}
