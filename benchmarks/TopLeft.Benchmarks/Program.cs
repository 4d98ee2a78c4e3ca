extern alias simulator;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Integrations.Contracts;
using TopLeft.Integrations.Data;
using TopLeft.Integrations.Domain;
using TopLeft.Integrations.Features.Connection;
using TopLeft.Integrations.Features.Sync;
using simulator::TopLeft.PsaSimulator;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;
using SimPsa = simulator::TopLeft.PsaSimulator.Admin.PsaKind;
using TicketChange = simulator::TopLeft.PsaSimulator.Admin.TicketChange;

// Usage (TOPLEFT_TEST_POSTGRES must point at a PostgreSQL server the benchmark may create a database on):
//   dotnet run -c Release --project benchmarks/TopLeft.Benchmarks -- full-sync [--psa cw|at] [--tickets 100000] [--latency-ms 0] [--notes]
//   dotnet run -c Release --project benchmarks/TopLeft.Benchmarks -- callbacks [--psa cw|at] [--rate 500] [--seconds 10] [--delivery-concurrency 1] [--warmup 5000]
//   dotnet run -c Release --project benchmarks/TopLeft.Benchmarks -- boards [--tickets 100000] [--members 200] (see BoardsBenchmark.cs)
namespace TopLeft.Benchmarks;

internal static partial class LoadGenerator
{
    public static async Task<int> Main(string[] args)
    {
        var scenario = args.FirstOrDefault() ?? "full-sync";
        var options = Options.Parse(args.Skip(1).ToArray());
        return scenario switch
        {
            "full-sync" => await FullSyncAsync(options),
            "callbacks" => await CallbacksAsync(options),
            "boards" => await BoardsBenchmark.RunAsync(options),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("scenarios: full-sync [--psa cw|at] [--tickets N] [--latency-ms N] [--notes] | callbacks [--psa cw|at] [--rate N] [--seconds N] [--delivery-concurrency N] [--warmup N] | boards [--tickets N] [--members N] [--iterations N] [--viewers N] [--drags N] [--changes N] [--cards N] [--write-doc false]");
        return 2;
    }

    private static async Task<int> FullSyncAsync(Options o)
    {
        var kind = o.Text("psa", "cw") == "at" ? PsaKind.Autotask : PsaKind.ConnectWise;
        var tickets = o.Int("tickets", 100_000);
        var latency = o.Int("latency-ms", 0);
        var notes = o.Flag("notes");
        Console.WriteLine($"full-sync: {kind}, {tickets:N0} tickets, simulator latency {latency} ms, notes in full sync: {notes}");

        var seed = Stopwatch.StartNew();
        await using var sim = await SimulatorApp.StartAsync(new SimulatorOptions
        {
            Tickets = tickets, Companies = 2000, Members = 150, LatencyMs = latency, Quiet = true,
            AutotaskHourlyLimit = 1_000_000, Anchor = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc),
        });
        Console.WriteLine($"simulator seeded in {seed.Elapsed.TotalSeconds:F1} s");
        await using var run = await Bench.StartAsync(sim, kind, notes);

        var before = sim.Control.RequestCounters().Values.Sum();
        var clock = Stopwatch.StartNew();
        var result = await run.WithScopeAsync<SyncEngine, SyncRun>(e => e.RunAsync(SyncType.Full, "benchmark", null, CancellationToken.None));
        clock.Stop();
        var requests = sim.Control.RequestCounters().Values.Sum() - before;
        var recent = sim.Requests;
        var meanServerMs = recent.Count == 0 ? 0 : recent.Average(r => r.DurationMs);
        var wall = clock.Elapsed.TotalSeconds;
        var localTickets = await run.WithScopeAsync<TopLeft.Integrations.Data.IntegrationsDbContext, int>(db =>
            Task.FromResult(db.WorkItems.Count(w => w.Kind == WorkItemKind.Ticket || w.Kind == WorkItemKind.ProjectTicket || w.Kind == WorkItemKind.Task)));

        Console.WriteLine($"state: {result.State}, errors: {result.Errors}");
        Console.WriteLine($"records written: {result.Items:N0} (work items stored: {localTickets:N0})");
        Console.WriteLine($"wall time: {wall:F1} s -> {result.Items / wall:N0} records/s, {localTickets / wall:N0} work items/s");
        Console.WriteLine($"PSA requests: {requests:N0} ({requests / wall:N0}/s); simulator mean time per request (last {recent.Count:N0}): {meanServerMs:F2} ms");
        Console.WriteLine($"simulator time (requests x mean): {requests * meanServerMs / 1000:F1} s = {requests * meanServerMs / 1000 / wall:P0} of wall time; " +
            $"injected latency alone: {requests * latency / 1000.0:F1} s = {requests * latency / 1000.0 / wall:P0}");
        return result.State == SyncRunState.Succeeded ? 0 : 1;
    }

    private static async Task<int> CallbacksAsync(Options o)
    {
        var rate = o.Int("rate", 500);
        var seconds = o.Int("seconds", 10);
        var total = rate * seconds;
        var senders = o.Int("delivery-concurrency", 1);

        // A Host that has run for a while has compiled its hot paths; a cold one spends the first seconds in the JIT and in
        // unoptimised code. The warm-up changes (on other tickets) are sent at the same rate and not measured. 1,000 of them
        // left the JIT's tier-up at 9 % of the machine's CPU during the measured run; 5,000 (10 s at 500/s) leave it idle.
        var warmup = o.Int("warmup", 5000);
        var kind = o.Text("psa", "cw") == "at" ? PsaKind.Autotask : PsaKind.ConnectWise;
        var simPsa = kind == PsaKind.Autotask ? SimPsa.Autotask : SimPsa.ConnectWise;
        Console.WriteLine($"callbacks: {kind}, {rate}/s for {seconds} s = {total:N0} ticket changes, each on its own ticket; " +
            $"the simulator delivers {senders} callback(s)/webhook(s) at once");
        await using var sim = await SimulatorApp.StartAsync(new SimulatorOptions
        {
            // About half of the seeded tickets are open; each change needs its own open service ticket.
            Tickets = Math.Max(2000, ((total + warmup) * 2) + 1000), Companies = 200, Members = 40, Quiet = true, DeliveryConcurrency = senders,
            AutotaskHourlyLimit = 1_000_000, Anchor = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc),
        });
        await using var run = await Bench.StartAsync(sim, kind, notes: false);
        var first = await run.WithScopeAsync<SyncEngine, SyncRun>(e => e.RunAsync(SyncType.Full, "benchmark", null, CancellationToken.None));
        Console.WriteLine($"initial full sync: {first.State}, {first.Items:N0} records");

        var ids = (kind == PsaKind.ConnectWise
                ? sim.Control.ExportConnectWise()["tickets"]!.AsArray()
                    .Where(t => !(bool)t!["closedFlag"]! && (string?)t["recordType"] != "ProjectTicket").Select(t => (int)t!["id"]!)
                : sim.Control.ExportAutotask()["Tickets"]!.AsArray().Where(t => (int)t!["status"]! != 5).Select(t => (int)t!["id"]!))
            .Take(total + warmup).ToList();
        var warmupIds = ids.Skip(total).ToList();
        ids = ids.Take(total).ToList();
        if (o.Int("direct", 0) is > 0 and var direct)
        {
            await DirectIntakeAsync(run, kind, ids, direct, o.Int("direct-concurrency", 1), o.Text("direct-type", "ticket"));
            return 0;
        }

        var sent = new ConcurrentDictionary<int, long>();
        var sentAt = new ConcurrentDictionary<int, DateTimeOffset>();
        var latencies = new ConcurrentBag<double>();
        var done = new TaskCompletionSource();
        var measuring = false;
        WorkItemChangedProbe.OnEvent = (e, at) =>
        {
            if (e.Source == "callback" && sent.TryRemove(e.Item.PsaId, out var t0))
            {
                latencies.Add(Stopwatch.GetElapsedTime(t0, at).TotalMilliseconds);
                if (measuring && latencies.Count >= ids.Count)
                {
                    done.TrySetResult();
                }
            }
        };

        async Task<double> SendAsync(IReadOnlyList<int> tickets)
        {
            var clock = Stopwatch.StartNew();
            var next = 0;
            while (next < tickets.Count)
            {
                var due = (int)Math.Min(tickets.Count, clock.Elapsed.TotalSeconds * rate + 1);
                for (; next < due; next++)
                {
                    sent[tickets[next]] = Stopwatch.GetTimestamp();
                    sentAt[tickets[next]] = DateTimeOffset.UtcNow;
                    sim.Control.ChangeTicket(simPsa, tickets[next], new TicketChange(Summary: $"Benchmark change {next}"));
                }

                await Task.Delay(1);
            }

            return clock.Elapsed.TotalSeconds;
        }

        if (warmupIds.Count > 0)
        {
            await SendAsync(warmupIds);
            var drained = Stopwatch.StartNew();
            while (!sent.IsEmpty && drained.Elapsed < TimeSpan.FromSeconds(120))
            {
                await Task.Delay(100);
            }

            Console.WriteLine($"warm-up: {warmupIds.Count:N0} changes, {warmupIds.Count - sent.Count:N0} events received; pausing 3 s for the JIT's background tier-up");
            sent.Clear();
            latencies.Clear();
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        sim.Control.ClearRequests();
        sentAt.Clear();
        measuring = true;
        var sendSeconds = await SendAsync(ids);
        await Task.WhenAny(done.Task, Task.Delay(TimeSpan.FromSeconds(120)));
        var sorted = latencies.OrderBy(l => l).ToArray();
        double P(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine($"sent {ids.Count:N0} changes in {sendSeconds:F1} s ({ids.Count / sendSeconds:N0}/s); events received: {sorted.Length:N0}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PSA change -> callback -> WorkItemChanged at a subscriber: p50 {P(0.50):F0} ms, p95 {P(0.95):F0} ms, p99 {P(0.99):F0} ms, max {(sorted.Length > 0 ? sorted[^1] : double.NaN):F0} ms"));
        await PrintStagesAsync(run, sentAt);

        // What the NotificationWorker asked the PSA for: ticket lists, single tickets, notes (per route shape).
        Console.WriteLine($"PSA requests during the run (load {File.ReadAllText("/proc/loadavg")[..14]}):");
        foreach (var (route, count) in sim.Control.RequestCounters().Where(c => c.Key.Contains("ticket", StringComparison.OrdinalIgnoreCase)))
        {
            Console.WriteLine($"  {route}: {count:N0}");
        }

        return sorted.Length == ids.Count ? 0 : 1;
    }

    /// <summary>
    /// The Host's receive endpoint alone: valid ConnectWise callbacks (or signed Autotask webhooks) posted straight
    /// to the Host over one shared HttpClient, <c>--direct-concurrency</c> at a time, without the simulator's delivery.
    /// <c>--direct-type</c> other than <c>ticket</c> names a record type the worker ignores, so the endpoint is measured
    /// without the PSA fetches that follow each ticket callback.
    /// </summary>
    private static async Task DirectIntakeAsync(Bench run, PsaKind kind, IReadOnlyList<int> ids, int count, int concurrency, string type)
    {
        var (url, secret) = await run.WithScopeAsync<IntegrationsDbContext, (string, string)>(async db =>
        {
            var connection = await db.Connections.AsNoTracking().SingleAsync();
            return (run.BaseAddress.ToString().TrimEnd('/'), run.Services.GetRequiredService<TopLeft.Integrations.Security.SecretProtector>().Unprotect(connection.ProtectedCallbackSecret));
        });
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency });
        var path = kind == PsaKind.ConnectWise ? "callbacks/cw" : "webhooks/at";
        var target = $"{url}/api/integrations/{path}/{run.TenantId}/{secret}";
        var timings = new ConcurrentBag<double>();
        var failures = 0;
        async Task PostAsync(int n)
        {
            var id = ids[n % ids.Count];
            var body = kind == PsaKind.ConnectWise
                ? System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { MessageId = Guid.NewGuid().ToString(), Action = "updated", Type = type, ID = id })
                : System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { Action = "Update", Guid = Guid.NewGuid().ToString(), EntityType = type == "ticket" ? "Ticket" : type, Id = id, SequenceNumber = n + 1 });
            using var request = new HttpRequestMessage(HttpMethod.Post, kind == PsaKind.ConnectWise ? $"{target}?type={type}&recordId={id}" : target)
            {
                Content = new ByteArrayContent(body),
            };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            if (kind == PsaKind.Autotask)
            {
                request.Headers.TryAddWithoutValidation("X-Hook-Signature",
                    "sha1=" + Convert.ToBase64String(System.Security.Cryptography.HMACSHA1.HashData(System.Text.Encoding.UTF8.GetBytes(secret), body)));
            }

            var t0 = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            timings.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
        }

        // Warm-up (JIT, connection pool, Data Protection key ring) is not measured.
        for (var i = 0; i < 20; i++)
        {
            await PostAsync(i);
        }

        timings.Clear();
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (n, _) => await PostAsync(n + 20));
        var wall = clock.Elapsed.TotalSeconds;
        var sorted = timings.OrderBy(t => t).ToArray();
        double P(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"direct intake: {count:N0} {path} posts, {concurrency} at a time, in {wall:F2} s = {count / wall:N0}/s; failures {failures}; " +
            $"per request p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms; load {File.ReadAllText("/proc/loadavg")[..14]}"));
    }

    /// <summary>Where the time goes: PSA change -> callback stored, stored -> event in the outbox, outbox -> subscriber.</summary>
    private static async Task PrintStagesAsync(Bench run, IReadOnlyDictionary<int, DateTimeOffset> sentAt)
    {
        var (notifications, events) = await run.WithScopeAsync<IntegrationsDbContext, (List<(int Id, DateTimeOffset At)>, List<(string Payload, DateTimeOffset At, DateTimeOffset? Done)>)>(async db =>
        (
            (await db.Notifications.AsNoTracking().Select(n => new { n.EntityId, n.ReceivedAt }).ToListAsync()).Select(n => (n.EntityId, n.ReceivedAt)).ToList(),
            (await db.Outbox.AsNoTracking().Where(m => m.Type.Contains("WorkItemChanged")).Select(m => new { m.Payload, m.OccurredAt, m.ProcessedAt }).ToListAsync())
                .Where(m => m.Payload.Contains("\"callback\"", StringComparison.Ordinal)).Select(m => (m.Payload, m.OccurredAt, m.ProcessedAt)).ToList()
        ));
        var stored = notifications.GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.Min(n => n.At));
        var published = events.Select(e => (Id: int.Parse(PsaId().Match(e.Payload).Groups[1].Value, CultureInfo.InvariantCulture), e.At, e.Done))
            .GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.OrderBy(e => e.At).First());
        var delivery = new List<double>();
        var worker = new List<double>();
        var dispatch = new List<double>();
        var host = new List<double>();
        foreach (var (id, at) in sentAt)
        {
            if (stored.TryGetValue(id, out var received))
            {
                delivery.Add((received - at).TotalMilliseconds);
                if (published.TryGetValue(id, out var e))
                {
                    worker.Add((e.At - received).TotalMilliseconds);
                    if (e.Done is { } done)
                    {
                        dispatch.Add((done - e.At).TotalMilliseconds);
                        host.Add((done - received).TotalMilliseconds);
                    }
                }
            }
        }

        static string Line(string name, List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            double P(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
            return string.Create(CultureInfo.InvariantCulture, $"  {name}: n {sorted.Length:N0}, p50 {P(0.50):F0} ms, p95 {P(0.95):F0} ms, p99 {P(0.99):F0} ms");
        }

        Console.WriteLine("stages:");
        Console.WriteLine(Line("PSA change -> callback stored by the Host (simulator delivery + receive endpoint)", delivery));
        Console.WriteLine(Line("callback stored -> WorkItemChanged in the outbox (NotificationWorker)", worker));
        Console.WriteLine(Line("outbox -> handled by subscribers (outbox dispatcher)", dispatch));
        Console.WriteLine(Line("callback stored -> handled by subscribers (the Host's part, without the PSA's delivery queue)", host));
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"psaId\":\\s*(\\d+)")]
    private static partial System.Text.RegularExpressions.Regex PsaId();
}

/// <summary>A private database and the Host with one tenant connected to the simulator.</summary>
internal sealed class Bench : IAsyncDisposable
{
    private readonly PostgresDatabase database;
    private readonly BenchHost host;

    private Bench(PostgresDatabase database, BenchHost host)
    {
        this.database = database;
        this.host = host;
    }

    public Guid TenantId { get; } = Guid.NewGuid();

    public IServiceProvider Services => host.Services;

    /// <summary>Where the Host's Kestrel listens (the address the callbacks were registered with).</summary>
    public Uri BaseAddress => new(host.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First()
        .Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));

    public static async Task<Bench> StartAsync(RunningSimulator sim, PsaKind kind, bool notes)
    {
        var database = await PostgresDatabase.CreateAsync();
        var host = new BenchHost(new Dictionary<string, string?>
        {
            ["ConnectionStrings:topleft"] = database.ConnectionString,
            ["Tenancy:BaseDomain"] = "localhost",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Integrations:Sync:Enabled"] = "false",
            ["Integrations:Sync:NotesInFullSync"] = notes ? "true" : "false",

            // The simulator's Autotask budget is raised too: these runs measure throughput, not the hourly limit.
            ["Integrations:Sync:AutotaskHourlyLimit"] = "1000000",
        });
        host.Start();
        var bench = new Bench(database, host);
        var o = sim.Options;
        await bench.WithScopeAsync<ConnectionHandler, ConnectionResponse>(h => h.SaveAsync(kind == PsaKind.ConnectWise
            ? new ConnectionRequest(kind, sim.BaseUrl, o.ConnectWiseCompanyId, o.ConnectWisePublicKey, o.ConnectWisePrivateKey, Guid.NewGuid().ToString(), false, false)
            : new ConnectionRequest(kind, sim.BaseUrl, o.AutotaskUserName, o.AutotaskIntegrationCode, o.AutotaskSecret, null, false, false), CancellationToken.None));
        return bench;
    }

    public async Task<T> WithScopeAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(TenantId, "bench");
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }
}

internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                var key = args[i][2..];
                values[key] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }
        }

        return new Options(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    public string Text(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public bool Flag(string name) => values.TryGetValue(name, out var v) && v == "true";
}
