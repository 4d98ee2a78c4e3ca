using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using TopLeft.Licensing.Data;
using TopLeft.Shared.Data;

namespace TopLeft.Licensing;

/// <summary>The Licensing module's one entry point for the Host.</summary>
public static class LicensingModule
{
    public static IHostApplicationBuilder AddLicensingModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<LicensingDbContext>(builder.Configuration, LicensingDbContext.SchemaName);
        return builder;
    }

    public static IEndpointRouteBuilder MapLicensingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/licensing").WithTags("Licensing");
        return app;
    }
}
