using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopLeft.Accounts.Data;

namespace TopLeft.Accounts.Tenants;

/// <summary>
/// Creates the demo tenant named by <c>Accounts:DemoTenant</c> (the AppHost sets it) so a fresh machine
/// shows a workspace at once. Idempotent: a second run finds it.
/// </summary>
internal sealed class DemoTenantSeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var slug = configuration["Accounts:DemoTenant"];
        if (string.IsNullOrWhiteSpace(slug))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        if (!await db.Tenants.AnyAsync(t => t.Slug == slug, cancellationToken))
        {
            db.Tenants.Add(Tenant.Create(slug, configuration["Accounts:DemoTenantName"] ?? "Demo MSP", time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
