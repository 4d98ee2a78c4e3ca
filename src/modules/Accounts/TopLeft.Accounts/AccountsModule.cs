using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using TopLeft.Accounts.ApiTokens;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Contracts;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Email;
using TopLeft.Accounts.Invitations;
using TopLeft.Accounts.Onboarding;
using TopLeft.Accounts.PasswordReset;
using TopLeft.Accounts.Security;
using TopLeft.Accounts.Session;
using TopLeft.Accounts.Settings;
using TopLeft.Accounts.SignIn;
using TopLeft.Accounts.SignUp;
using TopLeft.Accounts.Tenants;
using TopLeft.Accounts.TwoFactor;
using TopLeft.Accounts.Users;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;

namespace TopLeft.Accounts;

/// <summary>The Accounts module's one entry point for the Host.</summary>
public static class AccountsModule
{
    public static IHostApplicationBuilder AddAccountsModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleDbContext<AccountsDbContext>(builder.Configuration, AccountsDbContext.SchemaName);
        services.AddHttpContextAccessor();
        services.AddSingleton<TenantDirectory>();
        services.AddScoped<IAccountsModule, AccountsModuleApi>();
        services.AddHostedService<DemoTenantSeeder>();
        services.AddAccountsAuthentication();
        services.AddScoped<AuditLog>();
        services.AddScoped<InvitationSender>();
        services.AddScoped<MemberInviter>();
        services.AddScoped<IContactAccounts, ContactAccounts>();
        services.Configure<SmtpOptions>(builder.Configuration.GetSection("Email:Smtp"));
        services.AddScoped<IIntegrationEventHandler<EmailRequested>, SmtpEmailHandler>();
        services.AddScoped<PsaUserSync>();
        services.AddScoped<IIntegrationEventHandler<MemberSynced>>(sp => sp.GetRequiredService<PsaUserSync>());
        services.AddScoped<IIntegrationEventHandler<MemberDeactivated>>(sp => sp.GetRequiredService<PsaUserSync>());
        services.AddScoped<IIntegrationEventHandler<ContactSynced>>(sp => sp.GetRequiredService<PsaUserSync>());
        services.AddQuartz(q => q.ScheduleJob<OnboardingEmailJob>(
            trigger => trigger.WithIdentity("accounts-onboarding-emails").WithSimpleSchedule(TimeSpan.FromMinutes(15)),
            job => job.WithIdentity(OnboardingEmailJob.Key)));
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountsEndpoints(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts");
        accounts.MapSignUp();
        accounts.MapSignIn();
        accounts.MapPasswordReset();
        accounts.MapInvitations();
        accounts.MapMySecurity();
        accounts.MapUserAdmin();
        accounts.MapAudit();
        accounts.MapApiTokens();
        accounts.MapSettings();
        app.MapCurrentTenant();
        app.MapSession();
        return app;
    }

    /// <summary>
    /// Tenant from the host name, then authentication, authorization and the anti-forgery check; put it before
    /// anything tenant-aware.
    /// </summary>
    public static IApplicationBuilder UseAccounts(this IApplicationBuilder app)
    {
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<AntiforgeryMiddleware>();
        return app;
    }
}
