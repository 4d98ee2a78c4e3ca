namespace TopLeft.AppHost;

// A TopLeft project started with `dotnet run` from the repository root, like Aspire's AddProject.
internal sealed class ProjectResource : ExecutableResource
{
    public ProjectResource(string name, string projectPath, int port, string repositoryRoot, ConsoleOutput output)
        : base(name, port, "dotnet", repositoryRoot, output)
    {
        WithArgs(_ => ["run", "--project", projectPath, "--no-launch-profile"]);
        if (!Directory.Exists(Path.Combine(repositoryRoot, projectPath)))
        {
            Skip($"{projectPath} does not exist yet");
        }
    }

    public ProjectResource WithUrlsArgument()
    {
        WithArgs(port => ["--", "--urls", $"http://127.0.0.1:{port}"]);
        return this;
    }
}
