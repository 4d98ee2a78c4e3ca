using Microsoft.Extensions.Hosting;

namespace TopLeft.Shared.Data;

/// <summary>Applies pending migrations of every module at start-up, before the other hosted services run.</summary>
internal sealed class ModuleMigrator(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => services.MigrateModuleDatabasesAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
