using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Licensing.Billing;
using TopLeft.Licensing.Contracts;
using TopLeft.Licensing.Data;
using TopLeft.Licensing.Features.ManageSubscription;
using TopLeft.Licensing.Features.MyLicense;
using TopLeft.Licensing.Features.SelectLicensedMembers;
using TopLeft.Licensing.Features.SyncMembers;
using TopLeft.Licensing.Visibility;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Security;

namespace TopLeft.Licensing;

/// <summary>The Licensing module's one entry point for the Host.</summary>
public static class LicensingModule
{
    public static IHostApplicationBuilder AddLicensingModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleDbContext<LicensingDbContext>(builder.Configuration, LicensingDbContext.SchemaName);
        services.AddHttpContextAccessor();
        services.AddScoped<VisibilityCache>();
        services.AddScoped<SubscriptionStore>();
        services.AddScoped<ManageSubscriptionHandler>();
        services.AddScoped<SelectLicensedMembersHandler>();
        services.AddSingleton<IBillingProvider, InAppBillingProvider>();
        services.AddScoped<ILicensingModule, LicensingModuleApi>();
        services.AddScoped<MemberSyncHandler>();
        services.AddScoped<IIntegrationEventHandler<MemberSynced>>(sp => sp.GetRequiredService<MemberSyncHandler>());
        services.AddScoped<IIntegrationEventHandler<MemberDeactivated>>(sp => sp.GetRequiredService<MemberSyncHandler>());
        services.AddScoped<IAuthorizationHandler, LicensedMemberHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.LicensedMember, p => p.RequireAuthenticatedUser().AddRequirements(new LicensedMemberRequirement()));
        return builder;
    }

    public static IEndpointRouteBuilder MapLicensingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/licensing").WithTags("Licensing");
        group.MapMyLicense();
        var admin = group.MapGroup("").RequireAuthorization(Policies.Admin);
        admin.MapManageSubscription();
        admin.MapSelectLicensedMembers();
        return app;
    }
}
