using TopLeft.Accounts;
using TopLeft.Boards;
using TopLeft.Branding;
using TopLeft.Integrations;
using TopLeft.Licensing;
using TopLeft.Portal;

namespace TopLeft.Host;

/// <summary>The one list of modules: registration order is also migration order.</summary>
internal static class Modules
{
    public static WebApplicationBuilder AddModules(this WebApplicationBuilder builder)
    {
        builder.AddAccountsModule();
        builder.AddLicensingModule();
        builder.AddIntegrationsModule();
        builder.AddBoardsModule();
        builder.AddPortalModule();
        builder.AddBrandingModule();
        return builder;
    }

    public static WebApplication MapModules(this WebApplication app)
    {
        app.MapAccountsEndpoints();
        app.MapLicensingEndpoints();
        app.MapIntegrationsEndpoints();
        app.MapBoardsEndpoints();
        app.MapPortalEndpoints();
        app.MapBrandingEndpoints();
        return app;
    }
}
