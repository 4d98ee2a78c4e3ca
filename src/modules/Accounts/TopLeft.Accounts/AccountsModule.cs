using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Session;
using TopLeft.Accounts.Tenants;
using TopLeft.Shared.Data;

namespace TopLeft.Accounts;

/// <summary>The Accounts module's one entry point for the Host.</summary>
public static class AccountsModule
{
    public static IHostApplicationBuilder AddAccountsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<AccountsDbContext>(builder.Configuration, AccountsDbContext.SchemaName);
        builder.Services.AddSingleton<TenantDirectory>();
        builder.Services.AddSingleton<IAccountsModule, AccountsModuleApi>();
        builder.Services.AddHostedService<DemoTenantSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/accounts").WithTags("Accounts");
        app.MapCurrentTenant();
        app.MapSession();
        return app;
    }

    /// <summary>Resolves the request's tenant from its host name; put it before anything tenant-aware.</summary>
    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.UseMiddleware<TenantResolutionMiddleware>();
}
