using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Tenants;

/// <summary>
/// Creates the demo tenant named by <c>Accounts:DemoTenant</c> (the AppHost sets it) so a fresh machine shows a
/// workspace at once, and, with <c>Accounts:DemoAdminPassword</c>, its admin <c>admin@{slug}.local</c>.
/// Idempotent: a second run finds both.
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
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (tenant is null)
        {
            tenant = Tenant.Create(slug, configuration["Accounts:DemoTenantName"] ?? "Demo MSP", time.GetUtcNow());
            db.Tenants.Add(tenant);
            await db.SaveChangesAsync(cancellationToken);
        }

        var password = configuration["Accounts:DemoAdminPassword"];
        if (string.IsNullOrEmpty(password))
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant.Id, tenant.Slug);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"admin@{slug}.local";
        if (await users.FindByNameAsync(email) is null)
        {
            await users.CreateAsync(
                new AppUser { UserName = email, Email = email, DisplayName = "Demo Admin", IsAdmin = true, EmailConfirmed = true, CreatedAt = time.GetUtcNow() },
                password);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
