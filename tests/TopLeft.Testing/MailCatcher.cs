using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace TopLeft.Testing;

/// <summary>
/// A real SMTP server for the tests: maildev (npm, installed under tools/maildev) on free ports, read back through
/// its REST API. It can be started late or stopped, to test that no mail is lost while the server is away.
/// </summary>
public sealed class MailCatcher : IAsyncDisposable
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private readonly HttpClient _http = new();
    private Process? _process;

    public int SmtpPort { get; } = FreePort();

    public int WebPort { get; } = FreePort();

    public static async Task<MailCatcher> StartAsync()
    {
        var catcher = new MailCatcher();
        await catcher.StartServerAsync();
        return catcher;
    }

    /// <summary>Ports reserved but no server yet: mail sent now fails until <see cref="StartServerAsync"/>.</summary>
    public static MailCatcher NotStarted() => new();

    public async Task StartServerAsync()
    {
        var folder = Path.Combine(TestEnvironment.RepositoryRoot, "tools", "maildev");
        await EnsureInstalledAsync(folder);
        _process = Process.Start(new ProcessStartInfo("node",
            [Path.Combine(folder, "node_modules", "maildev", "bin", "maildev"), "--smtp", $"{SmtpPort}", "--web", $"{WebPort}", "--ip", "127.0.0.1", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        _http.BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/");
        await Eventually.Get(async () =>
        {
            try
            {
                return (await _http.GetAsync(new Uri("email", UriKind.Relative))).StatusCode;
            }
            catch (HttpRequestException)
            {
                return HttpStatusCode.ServiceUnavailable;
            }
        }, status => status == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
    }

    public async Task<IReadOnlyList<Mail>> MessagesAsync() =>
        await _http.GetFromJsonAsync<List<Mail>>(new Uri("email", UriKind.Relative)) ?? [];

    /// <summary>Waits for the newest mail to an address whose subject contains the given text.</summary>
    public async Task<Mail> WaitForAsync(string to, string subjectContains, TimeSpan? timeout = null)
    {
        var messages = await Eventually.Get(MessagesAsync,
            all => all.Any(m => m.IsTo(to) && m.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase)),
            timeout ?? TimeSpan.FromSeconds(20));
        return messages.Last(m => m.IsTo(to) && m.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Waits for the newest mail to an address whose subject and text contain the given texts: where tests share one
    /// catcher and the same people get similar mail, the subject alone can match an earlier test's message.
    /// </summary>
    public async Task<Mail> WaitForAsync(string to, string subjectContains, string textContains, TimeSpan? timeout = null)
    {
        bool Matches(Mail m) => m.IsTo(to) && m.Subject.Contains(subjectContains, StringComparison.OrdinalIgnoreCase)
            && (m.Text ?? "").Contains(textContains, StringComparison.Ordinal);
        var messages = await Eventually.Get(MessagesAsync, all => all.Any(Matches), timeout ?? TimeSpan.FromSeconds(30));
        return messages.Last(Matches);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _http.Dispose();
    }

    private static async Task EnsureInstalledAsync(string folder)
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(folder, "node_modules", "maildev")))
            {
                return;
            }

            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = folder })!;
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException("npm ci in tools/maildev failed; the mail catcher cannot start.");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public sealed record Address([property: JsonPropertyName("address")] string Value);

    public sealed record Mail(string Id, string Subject, string? Text, string? Html, IReadOnlyList<Address> To)
    {
        public bool IsTo(string address) => To.Any(a => string.Equals(a.Value, address, StringComparison.OrdinalIgnoreCase));

        /// <summary>The first link in the text body that starts with the given prefix.</summary>
        public Uri Link(string startingWith) =>
            new((Text ?? "").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
                .First(w => w.StartsWith(startingWith, StringComparison.Ordinal)));
    }
}
