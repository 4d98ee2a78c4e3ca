using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using TopLeft.Testing;

namespace TopLeft.BrowserTests.Licensing;

/// <summary>
/// The PSA simulator as its own process (as the AppHost runs it), from the build output of src/TopLeft.PsaSimulator;
/// built first when that output is missing. Small data: a handful of members is all the pages need.
/// </summary>
public sealed class SimulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SimulatorProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>http://127.0.0.1:{port}</summary>
    public string Url { get; }

    public static async Task<SimulatorProcess> StartAsync(int members)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var project = Path.Combine(TestEnvironment.RepositoryRoot, "src", "TopLeft.PsaSimulator");
        var dll = Path.Combine(project, "bin", configuration, "net10.0", "TopLeft.PsaSimulator.dll");
        if (!File.Exists(dll))
        {
            using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", project, "-c", configuration, "-nologo", "-v", "q"]))!;
            await build.WaitForExitAsync();
            build.ExitCode.ShouldBe(0, "building the PSA simulator failed");
        }

        var url = $"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}";
        var process = Process.Start(new ProcessStartInfo("dotnet",
        [
            dll, "--urls", url, "--members", members.ToString(CultureInfo.InvariantCulture), "--companies", "2", "--contactsPerCompany", "1",
            "--tickets", "6", "--projects", "1", "--deliveryTimeScale", "0.05", "--quiet", "true",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        // Drained so a chatty simulator can never block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var simulator = new SimulatorProcess(process, url);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        await Eventually.Get(async () =>
        {
            try
            {
                return (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode;
            }
            catch (HttpRequestException)
            {
                return process.HasExited ? HttpStatusCode.InternalServerError : HttpStatusCode.ServiceUnavailable;
            }
        }, status => status != HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
        process.HasExited.ShouldBeFalse("the PSA simulator stopped at start-up");
        return simulator;
    }

    /// <summary>Adds a fault rule through the simulator's admin API; disposing the result removes every rule.</summary>
    public async Task<IAsyncDisposable> FaultAsync(object rule)
    {
        var admin = new HttpClient { BaseAddress = new Uri(Url) };
        (await admin.PostAsJsonAsync("/_sim/faults", rule)).EnsureSuccessStatusCode();
        return new Faults(admin);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private sealed class Faults(HttpClient admin) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            (await admin.DeleteAsync(new Uri("/_sim/faults", UriKind.Relative))).EnsureSuccessStatusCode();
            admin.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
