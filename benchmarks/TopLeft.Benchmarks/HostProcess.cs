using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace TopLeft.Benchmarks;

/// <summary>
/// The real Host as its own process (<c>dotnet TopLeft.Host.dll</c>), so its memory is the Host's alone and a restart
/// gives a truly cold read. Environment "Testing" as in the test suite (plain http cookies).
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;
    private Process? process;

    public HostProcess(string connectionString, string? redis)
    {
        Port = FreePort();
        environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["ConnectionStrings__topleft"] = connectionString,
            ["Tenancy__BaseDomain"] = "localhost",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Integrations__Sync__Enabled"] = "false",
            ["Integrations__Sync__NotesInFullSync"] = "false",
        };
        if (redis is not null)
        {
            environment["ConnectionStrings__redis"] = redis;
        }
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public int ProcessId => process?.Id ?? 0;

    /// <summary>Resident memory of the Host process (MB).</summary>
    public double ResidentMb()
    {
        process!.Refresh();
        return process.WorkingSet64 / 1024.0 / 1024.0;
    }

    public static string HostDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(TopLeft.Testing.TestEnvironment.RepositoryRoot, "src", "TopLeft.Host", "bin", configuration, "net10.0", "TopLeft.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the Host first: {path}");
    }

    public async Task StartAsync()
    {
        var contentRoot = Path.Combine(TopLeft.Testing.TestEnvironment.RepositoryRoot, "src", "TopLeft.Host");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = contentRoot, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(HostDll());
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(contentRoot);
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        process = Process.Start(info)!;
        var started = process;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                started.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        };
        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The Host exited with {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "/alive"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The Host did not answer /alive within 120 s.");
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static void Forward(string? line)
    {
        if (!string.IsNullOrWhiteSpace(line) && (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("crit", StringComparison.OrdinalIgnoreCase)))
        {
            Console.Error.WriteLine($"[host] {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A signed-in HTTP client for one tenant (cookies, XSRF header, tenant by Host header).</summary>
internal sealed class TenantClient : IDisposable
{
    private readonly HttpClient http;
    private readonly Uri baseAddress;

    public TenantClient(Uri baseAddress, string slug, CookieContainer? cookies = null)
    {
        this.baseAddress = baseAddress;
        Cookies = cookies ?? new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5),
        };
        http.DefaultRequestHeaders.Host = $"{slug}.localhost:{baseAddress.Port}";
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<T> GetJsonAsync<T>(string path)
    {
        var response = await GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        if (Cookies.GetCookies(baseAddress)["XSRF-TOKEN"] is null)
        {
            await GetAsync("/api/session");
        }

        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (Cookies.GetCookies(baseAddress)["XSRF-TOKEN"] is { } token)
        {
            request.Headers.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(token.Value));
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> EnsureAsync(HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        var response = await SendAsync(method, path, body);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }

    public void Dispose() => http.Dispose();
}
