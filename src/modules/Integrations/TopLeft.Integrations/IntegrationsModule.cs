using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using TopLeft.Integrations.Data;
using TopLeft.Shared.Data;

namespace TopLeft.Integrations;

/// <summary>The Integrations module's one entry point for the Host.</summary>
public static class IntegrationsModule
{
    public static IHostApplicationBuilder AddIntegrationsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<IntegrationsDbContext>(builder.Configuration, IntegrationsDbContext.SchemaName);
        return builder;
    }

    public static IEndpointRouteBuilder MapIntegrationsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/integrations").WithTags("Integrations");
        return app;
    }
}
