using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using TopLeft.Branding.Data;
using TopLeft.Shared.Data;

namespace TopLeft.Branding;

/// <summary>The Branding module's one entry point for the Host.</summary>
public static class BrandingModule
{
    public static IHostApplicationBuilder AddBrandingModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<BrandingDbContext>(builder.Configuration, BrandingDbContext.SchemaName);
        return builder;
    }

    public static IEndpointRouteBuilder MapBrandingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/branding").WithTags("Branding");
        return app;
    }
}
