namespace TopLeft.AppHost;

// The machine's own PostgreSQL: on PATH, or where Debian puts it (/usr/lib/postgresql/<major>/bin).
internal sealed record PostgresBinaries(string InitDb, string PgCtl, string Psql)
{
    public static PostgresBinaries Find()
    {
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
                .Select(dir => Path.Combine(dir, "bin"))
                .ToList()
            : [];
        var initDb = Executables.Find("initdb", versioned)
            ?? throw new AppHostException(
                "PostgreSQL's initdb is neither on PATH nor under /usr/lib/postgresql/*/bin; install PostgreSQL (apt-get install -y postgresql).");

        // pg_ctl and psql from the same major version as initdb, where that folder has them.
        var binDirectory = Path.GetDirectoryName(
            new FileInfo(initDb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initDb)!;
        return new PostgresBinaries(initDb, Sibling("pg_ctl"), Sibling("psql"));

        string Sibling(string name) =>
            File.Exists(Path.Combine(binDirectory, name))
                ? Path.Combine(binDirectory, name)
                : Executables.Find(name, versioned) ?? throw new AppHostException($"PostgreSQL's {name} was not found next to {initDb} or on PATH.");
    }
}
