namespace TopLeft.AppHost;

// Like Aspire's AddDatabase: a database on a server, referenced by projects under its own name.
internal sealed class PostgresDatabase(PostgresResource server, string name) : IResourceWithConnectionString
{
    public PostgresResource Server { get; } = server;

    public string Name { get; } = name;

    public string ConnectionName => Name;

    public string? ConnectionString =>
        $"Host=127.0.0.1;Port={Server.Port};Database={Name};Username={PostgresResource.SuperUser}";
}
