using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Quartz;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Features;
using TopLeft.Integrations.Features.Connection;
using TopLeft.Integrations.Features.MemberKeys;
using TopLeft.Integrations.Features.Queries;
using TopLeft.Integrations.Features.Realtime;
using TopLeft.Integrations.Features.Sync;
using TopLeft.Integrations.Features.WriteBack;
using TopLeft.Integrations.Psa;
using TopLeft.Integrations.Security;
using TopLeft.Shared.Data;

namespace TopLeft.Integrations;

/// <summary>The Integrations module's one entry point for the Host.</summary>
public static class IntegrationsModule
{
    public static IHostApplicationBuilder AddIntegrationsModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleDbContext<IntegrationsDbContext>(builder.Configuration, IntegrationsDbContext.SchemaName);
        services.AddOptions<SyncOptions>().Bind(builder.Configuration.GetSection(SyncOptions.Section));
        services.AddSingleton<SecretProtector>();
        services.AddSingleton<PsaTraffic>();
        services.AddSingleton<PsaAdapterFactory>();
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<WriteBackSignal>();
        services.AddScoped<SyncEngine>();
        services.AddScoped<SyncScheduler>();
        services.AddScoped<ConnectionHandler>();
        services.AddSingleton<IntakeDatabase>();
        services.AddScoped<CallbackIntake>();
        services.AddScoped<IIntegrationsModule, IntegrationsModuleApi>();
        services.AddSingleton<NoteReadSignal>();
        services.AddSingleton<CallbackLaneActivity>();
        services.AddSingleton<IHostedService>(sp =>
            ActivatorUtilities.CreateInstance<NotificationWorker>(sp, NotificationLane.Callbacks, (WorkerSignalHolder)sp.GetRequiredService<NotificationSignal>()));
        services.AddSingleton<IHostedService>(sp =>
            ActivatorUtilities.CreateInstance<NotificationWorker>(sp, NotificationLane.NoteReads, (WorkerSignalHolder)sp.GetRequiredService<NoteReadSignal>()));
        services.AddHostedService<WriteBackWorker>();
        services.AddHostedService<DemoConnector>();

        // Composes with the Host's AddQuartz (options are configured, not replaced): the job is stored
        // durably in the clustered store and per-tenant triggers are added when a PSA is connected.
        services.AddQuartz(q => q.AddJob<SyncJob>(j => j.WithIdentity(SyncJob.Key).StoreDurably()));

        // PSA calls get their own pipeline: only idempotent requests are retried (queries are POSTs on
        // Autotask); creates are retried by the write-back worker, which checks for its earlier attempt.
#pragma warning disable EXTEXP0001
        services.AddHttpClient(PsaAdapterFactory.ClientName)
            .RemoveAllResilienceHandlers()
            .AddResilienceHandler("psa", pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 6,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(200),
                    MaxDelay = TimeSpan.FromSeconds(30),
                    ShouldHandle = args => ValueTask.FromResult(Idempotent(args.Context.GetRequestMessage() ?? args.Outcome.Result?.RequestMessage)
                        && (args.Outcome.Exception is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                            || args.Outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError)),
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(30));
            });
#pragma warning restore EXTEXP0001
        return builder;
    }

    public static IEndpointRouteBuilder MapIntegrationsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/integrations").WithTags("Integrations");
        group.MapConnection();
        group.MapSync();
        group.MapMemberApiKeys();
        group.MapReceiveCallbacks();
        return app;
    }

    private static bool Idempotent(HttpRequestMessage? request) =>
        request is not null
        && (request.Method != HttpMethod.Post
        || request.RequestUri?.AbsolutePath.Contains("/query", StringComparison.OrdinalIgnoreCase) == true);
}
