using System.Runtime.InteropServices;

namespace TopLeft.AppHost;

internal sealed class DistributedApplication(IReadOnlyList<string> args, IReadOnlyList<Resource> resources, ConsoleOutput output)
{
    public static DistributedApplicationBuilder CreateBuilder(string[] args) =>
        new(args, RepositoryRoot.Find(), ConsoleOutput.ForConsole());

    public async Task<int> RunAsync()
    {
        List<Resource> active;
        try
        {
            if (!ApplyArguments())
            {
                return 0;
            }

            active = [.. resources.Where(resource => !resource.IsSkipped)];
            foreach (var resource in active)
            {
                await resource.CleanUpLeftoversAsync();
            }

            if (PortCheck.FindConflict(active) is { } conflict)
            {
                output.Error(conflict);
                return 1;
            }
        }
        catch (AppHostException e)
        {
            output.Error(e.Message);
            return 1;
        }

        using var stopping = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => OnSignal(context, stopping));
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => OnSignal(context, stopping));
        var started = new List<Resource>();
        await using (new ResourceTablePrinter(resources, output))
        {
            try
            {
                // Like Aspire, one resource that fails to start does not stop the others: the Host
                // still starts without the simulator, and reports an unhealthy database itself.
                foreach (var resource in active)
                {
                    started.Insert(0, resource);
                    try
                    {
                        await resource.StartAsync(stopping.Token);
                        await resource.WaitReadyAsync(stopping.Token);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        resource.MarkFailed("could not start");
                        output.Error(e is AppHostException ? e.Message : $"{resource.Name} could not start: {e.Message}");
                    }
                }

                output.Info(resources.Any(resource => resource.State == ResourceState.Failed)
                    ? "Not every resource is up (see above). Press Ctrl+C to stop the others."
                    : "All resources are up. Press Ctrl+C to stop them.");
                await Task.Delay(Timeout.Infinite, stopping.Token);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }

            output.Info("Stopping resources in reverse order...");
            foreach (var resource in started)
            {
                await StopQuietlyAsync(resource);
            }
        }

        return 0;
    }

    private bool ApplyArguments()
    {
        var arguments = AppHostArguments.Parse(args, Environment.GetEnvironmentVariable, [.. resources.Select(r => r.Name)]);
        if (arguments.ShowHelp)
        {
            output.Info(AppHostArguments.Usage(resources));
            return false;
        }

        foreach (var resource in resources)
        {
            resource.Port = arguments.Ports.GetValueOrDefault(resource.Name, resource.Port);
        }

        return true;
    }

    // The first Ctrl+C stops everything in order; a second one falls through to the default and
    // ends the AppHost at once.
    private void OnSignal(PosixSignalContext context, CancellationTokenSource stopping)
    {
        if (stopping.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        output.Warning($"{context.Signal} received; stopping (press Ctrl+C again to force).");
        stopping.Cancel();
    }

    private async Task StopQuietlyAsync(Resource resource)
    {
        try
        {
            await resource.StopAsync();
        }
        catch (Exception e)
        {
            output.Error($"{resource.Name} did not stop cleanly: {e.Message}");
        }
    }
}
