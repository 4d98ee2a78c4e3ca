using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Tenants;

/// <summary>
/// Sets the request's tenant from its host name (<c>{slug}.{Tenancy:BaseDomain}</c>). A request for an
/// unknown slug simply has no tenant: tenant-owned queries then match nothing, and endpoints that need a
/// tenant answer 404.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, TenantDirectory tenants, IConfiguration configuration)
{
    private readonly string _baseDomain = configuration["Tenancy:BaseDomain"] ?? "localhost";

    public async Task InvokeAsync(HttpContext context, TenantContext tenant)
    {
        var slug = TenantHost.SlugFrom(context.Request.Host.Value ?? "", _baseDomain);
        if (slug is not null && await tenants.FindAsync(slug, context.RequestAborted) is { } found)
        {
            tenant.Set(found.Id, found.Slug);
        }

        await next(context);
    }
}
