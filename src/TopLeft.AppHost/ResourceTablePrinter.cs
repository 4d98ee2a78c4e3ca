namespace TopLeft.AppHost;

// Prints the table whenever a resource's state or health changed; checks a few times a second so a
// burst of changes (a resource going Starting -> Running -> healthy) prints once.
internal sealed class ResourceTablePrinter : IAsyncDisposable
{
    private readonly IReadOnlyCollection<Resource> resources;
    private readonly ConsoleOutput output;
    private readonly CancellationTokenSource stop = new();
    private readonly Task printing;
    private int printedVersion = -1;

    public ResourceTablePrinter(IReadOnlyCollection<Resource> resources, ConsoleOutput output)
    {
        this.resources = resources;
        this.output = output;
        printing = PrintChangesAsync(stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await printing;
        PrintIfChanged();
        stop.Dispose();
    }

    private async Task PrintChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                PrintIfChanged();
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void PrintIfChanged()
    {
        var version = resources.Sum(resource => resource.Version);
        if (version != printedVersion)
        {
            printedVersion = version;
            output.Info(ResourceTable.Render(resources));
        }
    }
}
