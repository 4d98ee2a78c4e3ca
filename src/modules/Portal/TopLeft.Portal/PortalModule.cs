using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using TopLeft.Portal.Data;
using TopLeft.Shared.Data;

namespace TopLeft.Portal;

/// <summary>The Portal module's one entry point for the Host.</summary>
public static class PortalModule
{
    public static IHostApplicationBuilder AddPortalModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<PortalDbContext>(builder.Configuration, PortalDbContext.SchemaName);
        return builder;
    }

    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/portal").WithTags("Portal");
        return app;
    }
}
