using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopLeft.Branding.Data;
using TopLeft.Branding.Features.ResetLogo;
using TopLeft.Branding.Features.ServeLogo;
using TopLeft.Branding.Features.SetLogo;
using TopLeft.Branding.Features.ViewBranding;
using TopLeft.Shared.Data;

namespace TopLeft.Branding;

/// <summary>The Branding module's one entry point for the Host.</summary>
public static class BrandingModule
{
    public static IHostApplicationBuilder AddBrandingModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<BrandingDbContext>(builder.Configuration, BrandingDbContext.SchemaName);
        builder.Services.AddScoped<SetLogoHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBrandingEndpoints(this IEndpointRouteBuilder app)
    {
        var branding = app.MapGroup("/api/branding").WithTags("Branding");
        branding.MapViewBranding();
        branding.MapServeLogo();
        branding.MapSetLogo();
        branding.MapResetLogo();
        return app;
    }
}
