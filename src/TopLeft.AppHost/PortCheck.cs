using System.Net;
using System.Net.Sockets;

namespace TopLeft.AppHost;

// Checked before anything starts, so a clash ends the run with one sentence instead of half a stack.
internal static class PortCheck
{
    public static string? FindConflict(IReadOnlyCollection<Resource> resources)
    {
        foreach (var clash in resources.GroupBy(resource => resource.Port).Where(group => group.Count() > 1))
        {
            var names = clash.Select(resource => resource.Name).ToList();
            return $"Port {clash.Key} is given to both {names[0]} and {names[1]}; pass --{names[1]}-port N with another port.";
        }

        return resources
            .Where(resource => IsInUse(resource.Port))
            .Select(resource => $"Port {resource.Port} ({resource.Name}) is already in use; stop the other process or pass --{resource.Name}-port N.")
            .FirstOrDefault();
    }

    // Binding is the real test: a listener on 0.0.0.0 or 127.0.0.1 makes it fail.
    public static bool IsInUse(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }
}
