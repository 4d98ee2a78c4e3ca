namespace TopLeft.AppHost;

// Named after Aspire's builder so Program.cs reads the same; resources keep declaration order.
internal sealed class DistributedApplicationBuilder(IReadOnlyList<string> args, string repositoryRoot, ConsoleOutput output)
{
    private readonly List<Resource> resources = [];

    public string RepositoryRoot { get; } = repositoryRoot;

    public PostgresResource AddPostgres(string name, int port) =>
        Add(new PostgresResource(name, port, DataDirectory(name), output));

    public RedisResource AddRedis(string name, int port) =>
        Add(new RedisResource(name, port, Executables.Find("redis-server", ["/usr/sbin"]), DataDirectory(name), output)
        {
            ProcessGroupFile = ProcessGroupFile(name),
        });

    public ProjectResource AddProject(string name, string projectPath, int port) =>
        Add(new ProjectResource(name, projectPath, port, RepositoryRoot, output) { ProcessGroupFile = ProcessGroupFile(name) });

    public ExecutableResource AddExecutable(string name, string command, int port, Func<int, IEnumerable<string>> args) =>
        Add(new ExecutableResource(name, port, command, RepositoryRoot, output) { ProcessGroupFile = ProcessGroupFile(name) })
            .WithArgs(args);

    public DistributedApplication Build() => new(args, resources, output);

    // .data/ is git-ignored.
    private string DataDirectory(string name) => Path.Combine(RepositoryRoot, ".data", name);

    private string ProcessGroupFile(string name) => Path.Combine(RepositoryRoot, ".data", "apphost", $"{name}.pgid");

    private T Add<T>(T resource)
        where T : Resource
    {
        resources.Add(resource);
        return resource;
    }
}
