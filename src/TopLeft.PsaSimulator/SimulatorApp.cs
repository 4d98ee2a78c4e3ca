using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TopLeft.PsaSimulator.Admin;
using TopLeft.PsaSimulator.Autotask;
using TopLeft.PsaSimulator.ConnectWise;
using TopLeft.PsaSimulator.Infrastructure;

namespace TopLeft.PsaSimulator;

/// <summary>
/// Starts the PSA simulator, either as the program (<see cref="RunAsync"/>) or inside another process's
/// tests (<see cref="StartAsync"/>).
/// </summary>
public static class SimulatorApp
{
    /// <summary>
    /// Starts a simulator on a free port of 127.0.0.1 (or <see cref="SimulatorOptions.Urls"/>), seeded from
    /// <paramref name="options"/>. Dispose the returned handle to stop it.
    /// </summary>
    public static async Task<RunningSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = options?.Clone() ?? new SimulatorOptions();
        options.Quiet = true;
        var app = Build([], options, fromConfiguration: false);
        await app.StartAsync(cancellationToken);
        var state = app.Services.GetRequiredService<SimulatorState>();
        return new RunningSimulator(app, state);
    }

    /// <summary>Runs until Ctrl+C, reading options from the command line (<c>--seed 42 --tickets 100000</c>).</summary>
    public static async Task RunAsync(string[] args)
    {
        var options = new SimulatorOptions { Urls = "http://127.0.0.1:5090" };
        var app = Build(args, options, fromConfiguration: true);
        await app.StartAsync();
        var state = app.Services.GetRequiredService<SimulatorState>();
        if (!options.Quiet)
        {
            Console.WriteLine(Banner.Text(state));
        }

        await app.WaitForShutdownAsync();
    }

    private static WebApplication Build(string[] args, SimulatorOptions options, bool fromConfiguration)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args });
        if (fromConfiguration)
        {
            builder.Configuration.Bind(options);
            options.Urls = builder.Configuration["urls"] ?? options.Urls;
        }

        // In-process hosts pass their options explicitly: a test process's ASPNETCORE_URLS must not move the port.
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SimulatorState>();

        var app = builder.Build();
        var state = app.Services.GetRequiredService<SimulatorState>();
        state.Reset();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is not null)
            {
                state.BaseUrl = address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
                    .Replace("[::]", "localhost", StringComparison.Ordinal).TrimEnd('/');
            }
        });

        // The AppHost contract: /health for readiness, /alive for liveness.
        app.MapGet("/health", () => Results.Text("Healthy"));
        app.MapGet("/alive", () => Results.Text("Healthy"));
        app.UseMiddleware<PsaTrafficMiddleware>();
        CwApi.Map(app);
        AtApi.Map(app);
        AdminApi.Map(app);
        return app;
    }
}
