using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopLeft.Boards.Contracts;
using TopLeft.Boards.Contracts.Events;
using TopLeft.Portal.Access;
using TopLeft.Portal.Data;
using TopLeft.Portal.Features.BoardOptions;
using TopLeft.Portal.Features.CloudRadial;
using TopLeft.Portal.Features.LicenseCompanies;
using TopLeft.Portal.Features.ManageContacts;
using TopLeft.Portal.Features.NotifyAssignees;
using TopLeft.Portal.Features.ViewAs;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Security;

namespace TopLeft.Portal;

/// <summary>The Portal module's one entry point for the Host.</summary>
public static class PortalModule
{
    public static IHostApplicationBuilder AddPortalModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleDbContext<PortalDbContext>(builder.Configuration, PortalDbContext.SchemaName);
        services.AddScoped<PortalAccess>();
        services.AddScoped<ICardScopeProvider, PortalScopeProvider>();
        services.AddScoped<IIntegrationEventHandler<CardChangedByContact>, CardChangedByContactHandler>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal").WithTags("Portal");
        var signedIn = portal.MapGroup("").RequireAuthorization(Policies.SignedIn);
        var admin = portal.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapLicenseCompanies();
        admin.MapManageContacts();
        admin.MapBoardOptions();
        signedIn.MapViewAs(admin);
        portal.MapCloudRadial(admin);
        return app;
    }
}
