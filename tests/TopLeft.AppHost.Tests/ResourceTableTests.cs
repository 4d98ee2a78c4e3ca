namespace TopLeft.AppHost.Tests;

public sealed class ResourceTableTests
{
    [Fact]
    public void Each_resource_is_a_row_with_state_url_health_and_why_it_was_skipped()
    {
        using var root = new TemporaryDirectory();
        var output = new ConsoleOutput(TextWriter.Null, useColour: false);
        Resource[] resources =
        [
            new RedisResource("redis", 56379, serverPath: null, root.Combine(".data", "redis"), output),
            new ProjectResource("host", "src/TopLeft.Host", 5080, root.Path, output),
        ];

        var lines = ResourceTable.Render(resources).Split('\n');

        lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["Resource", "State", "URL", "Health"]);
        lines[1].ShouldStartWith("  redis");
        lines[1].ShouldContain("Skipped");
        lines[1].ShouldContain("redis-server is not installed");
        lines[2].ShouldContain("src/TopLeft.Host does not exist yet");
    }
}
