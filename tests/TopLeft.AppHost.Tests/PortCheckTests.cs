using System.Net;
using System.Net.Sockets;

namespace TopLeft.AppHost.Tests;

public sealed class PortCheckTests
{
    private readonly ConsoleOutput output = new(TextWriter.Null, useColour: false);

    [Fact]
    public void A_taken_port_is_reported_in_one_sentence_that_names_the_option()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var root = new TemporaryDirectory();
        var host = new ExecutableResource("host", port, "dotnet", root.Path, output);

        var conflict = PortCheck.FindConflict([host]);

        listener.Stop();
        conflict.ShouldBe($"Port {port} (host) is already in use; stop the other process or pass --host-port N.");
    }

    [Fact]
    public void Free_ports_raise_no_conflict()
    {
        using var root = new TemporaryDirectory();
        var host = new ExecutableResource("host", FreePort.Next(), "dotnet", root.Path, output);

        PortCheck.FindConflict([host]).ShouldBeNull();
    }

    [Fact]
    public void Two_resources_given_the_same_port_are_reported_before_anything_binds()
    {
        using var root = new TemporaryDirectory();
        var port = FreePort.Next();
        var simulator = new ExecutableResource("psa-simulator", port, "dotnet", root.Path, output);
        var host = new ExecutableResource("host", port, "dotnet", root.Path, output);

        var conflict = PortCheck.FindConflict([simulator, host]);

        conflict.ShouldBe($"Port {port} is given to both psa-simulator and host; pass --host-port N with another port.");
    }
}
