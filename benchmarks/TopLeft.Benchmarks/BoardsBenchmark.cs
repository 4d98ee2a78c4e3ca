extern alias simulator;

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Playwright;
using Npgsql;
using simulator::TopLeft.PsaSimulator;
using TopLeft.Testing;
using SimPsa = simulator::TopLeft.PsaSimulator.Admin.PsaKind;
using TicketChange = simulator::TopLeft.PsaSimulator.Admin.TicketChange;

namespace TopLeft.Benchmarks;

/// <summary>
/// The issue 6 "Performance" figures for one big board, in one run: server read (warm, cold, bare SQL), first paint
/// and interactivity in headless Chromium, drag acknowledgement and move request, PSA callback to another browser,
/// and Host memory with 200 viewers. The Host runs as its own process; the simulator runs in this process.
/// </summary>
internal static class BoardsBenchmark
{
    private const string Slug = "bench";
    private const string Password = "correct horse battery";

    private static readonly List<(string Measure, string Value, string Target, bool? Met)> Figures = [];

    public static async Task<int> RunAsync(Options o)
    {
        var tickets = o.Int("tickets", 100_000);
        var members = o.Int("members", 200);
        var iterations = o.Int("iterations", 200);
        var viewers = o.Int("viewers", 200);
        var write = o.Text("write-doc", "true") == "true";
        Console.WriteLine($"boards: ConnectWise simulator, {tickets:N0} tickets, {members} members, full sync through the Host; {iterations} warm reads; {viewers} viewers");
        var total = Stopwatch.StartNew();

        var seed = Stopwatch.StartNew();
        await using var sim = await SimulatorApp.StartAsync(new SimulatorOptions
        {
            Tickets = tickets, Companies = 2000, Members = members, Boards = 6, Projects = 2, NotesPerTicket = 0, TimeEntriesPerTicket = 0,
            DeliveryTimeScale = 0.05, Quiet = true, Anchor = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc),
        });
        Console.WriteLine($"simulator seeded in {seed.Elapsed.TotalSeconds:F1} s");
        var simMembers = sim.Control.ExportConnectWise()["members"]!.AsArray().Select(m => m!.AsObject())
            .Where(m => !(bool)m["inactiveFlag"]! && (string?)m["officeEmail"] is { Length: > 0 } && (string)m["identifier"]! != "TopLeftAPI")
            .ToDictionary(m => (int)m["id"]!, m => (string)m["officeEmail"]!);
        var adminMember = simMembers.Keys.Min();
        var adminEmail = simMembers[adminMember];

        await using var database = await PostgresDatabase.CreateAsync();
        var redis = Environment.GetEnvironmentVariable("TOPLEFT_TEST_REDIS");
        var host = new HostProcess(database.ConnectionString, string.IsNullOrWhiteSpace(redis) ? null : redis);
        await using var _ = host;
        await host.StartAsync();
        Console.WriteLine($"Host pid {host.ProcessId} on {host.BaseAddress} (Redis: {redis ?? "none, in-process cache"})");

        using (var anonymous = new TenantClient(host.BaseAddress, Slug))
        {
            await anonymous.EnsureAsync(HttpMethod.Post, "/api/accounts/sign-up",
                new { companyName = "Bench Co", slug = Slug, adminEmail, password = Password }, HttpStatusCode.Created);
        }

        var admin = await SignInAsync(host, adminEmail);
        var so = sim.Options;
        await admin.EnsureAsync(HttpMethod.Put, "/api/integrations/connection", new
        {
            kind = 1, siteUrl = sim.BaseUrl, account = so.ConnectWiseCompanyId, publicKey = so.ConnectWisePublicKey, privateKey = so.ConnectWisePrivateKey,
            clientId = Guid.NewGuid().ToString(), keepClosedTickets = false, actAsMemberAllowed = false,
        }, HttpStatusCode.OK);
        var sync = Stopwatch.StartNew();
        await SyncAsync(admin);
        sync.Stop();
        Console.WriteLine($"full sync through the Host: {sync.Elapsed.TotalSeconds:F1} s");

        // The admin and every other member hold a license (the visibility rule still runs on every card).
        var licensed = simMembers.Keys.Order().ToList();
        var license = await admin.SendAsync(HttpMethod.Put, "/api/licensing/members", new { selectedPsaIds = licensed, sendInvitations = false });
        if (!license.IsSuccessStatusCode)
        {
            // A subscription cap: license the admin and half of the others instead.
            licensed = [adminMember, .. simMembers.Keys.Where(id => id != adminMember).Order().Where((_, i) => i % 2 == 0)];
            await admin.EnsureAsync(HttpMethod.Put, "/api/licensing/members", new { selectedPsaIds = licensed, sendInvitations = false }, HttpStatusCode.OK);
        }

        await admin.GetAsync("/api/session");
        Console.WriteLine($"licensed members: {licensed.Count} of {simMembers.Count}");

        var (boardId, psaBoards, columns) = await CreateBoardAsync(admin, sim);
        var all = await admin.GetJsonAsync<JsonObject>($"/api/boards/{boardId}/view");
        Console.WriteLine($"board cards with every member licensed: {all["cards"]!.AsArray().Count:N0}");
        licensed = LicenseFor(all, adminMember, o.Int("cards", 5000));
        await admin.EnsureAsync(HttpMethod.Put, "/api/licensing/members", new { selectedPsaIds = licensed, sendInvitations = false }, HttpStatusCode.OK);
        await admin.GetAsync("/api/session");
        Console.WriteLine($"licensed members for the board: {licensed.Count} of {simMembers.Count}");
        var first = await admin.GetJsonAsync<JsonObject>($"/api/boards/{boardId}/view");
        var cardCount = first["cards"]!.AsArray().Count;
        var laneCount = first["lanes"]!.AsArray().Count;
        var workItems = await ScalarAsync<long>(database.ConnectionString, "SELECT count(*) FROM integrations.work_items");
        Console.WriteLine($"board {boardId}: PSA boards {string.Join("+", psaBoards)}, {columns.Count} columns, {laneCount} lanes, {cardCount:N0} visible cards; work items stored: {workItems:N0}");

        // 1. Server read. Cold: the first read after a Host restart, once the new process says it is ready (/health:
        // it warms recently used boards first, as it would behind a load balancer).
        await host.StopAsync();
        var restart = Stopwatch.StartNew();
        await host.StartAsync();
        var alive = restart.Elapsed.TotalMilliseconds;
        await WaitReadyAsync(host);
        Add("Host restart: /alive / ready (/health, recent boards warmed)", $"{Ms(alive)} / {Ms(restart.Elapsed.TotalMilliseconds)}", "", null);
        admin.Dispose();
        admin = await SignInAsync(host, adminEmail);
        var cold = Stopwatch.StartNew();
        var coldResponse = await admin.GetAsync($"/api/boards/{boardId}/view");
        var coldBody = await coldResponse.Content.ReadAsByteArrayAsync();
        cold.Stop();
        var second = Stopwatch.StartNew();
        (await admin.GetAsync($"/api/boards/{boardId}/view")).EnsureSuccessStatusCode();
        second.Stop();

        for (var i = 0; i < 10; i++)
        {
            await (await admin.GetAsync($"/api/boards/{boardId}/view")).Content.ReadAsByteArrayAsync();
        }

        var warm = new List<double>();
        long bytes = 0;
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            var response = await admin.GetAsync($"/api/boards/{boardId}/view");
            var body = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            response.EnsureSuccessStatusCode();
            bytes = body.Length;
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        // The floor under every API call: cookie, security stamp (checked on every request), tenant; no board work.
        var session = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var clock = Stopwatch.StartNew();
            (await admin.GetAsync("/api/session")).EnsureSuccessStatusCode();
            session.Add(clock.Elapsed.TotalMilliseconds);
        }

        // A read right after a change: the cached snapshot is retired, so this is the full read (rows, lookups, JSON).
        var rebuilt = new List<double>();
        var rankedKey = first["cards"]![0]!["key"]!.GetValue<string>();
        for (var i = 0; i < Math.Min(iterations, 20); i++)
        {
            await admin.EnsureAsync(HttpMethod.Post, $"/api/boards/{boardId}/cards/{rankedKey}/rank", new { position = i % 2 == 0 ? "bottom" : "top" }, HttpStatusCode.OK);
            var clock = Stopwatch.StartNew();
            (await admin.GetAsync($"/api/boards/{boardId}/view")).EnsureSuccessStatusCode();
            rebuilt.Add(clock.Elapsed.TotalMilliseconds);
        }

        var tenantId = await ScalarAsync<Guid>(database.ConnectionString, "SELECT DISTINCT \"TenantId\" FROM integrations.work_items LIMIT 1");
        var columnStatuses = columns.SelectMany(c => c["statuses"]!.AsArray().Select(st => (int)st!["psaId"]!)).ToArray();
        var bare = await BareSqlAsync(database.ConnectionString, tenantId, psaBoards, columnStatuses, [.. licensed], iterations);
        var warmP50 = P(warm, 0.50);
        var warmP95 = P(warm, 0.95);
        var bareP50 = P(bare.Timings, 0.50);
        var bareP95 = P(bare.Timings, 0.95);
        Add("GET /api/boards/{id}/view warm p50", Ms(warmP50), "", null);
        Add("GET /api/boards/{id}/view warm p95", Ms(warmP95), "< 50 ms", warmP95 < 50);
        Add("GET /api/boards/{id}/view cold (first read after Host restart)", Ms(cold.Elapsed.TotalMilliseconds), "< 200 ms", cold.Elapsed.TotalMilliseconds < 200);
        Add("GET /api/boards/{id}/view second read after start", Ms(second.Elapsed.TotalMilliseconds), "", null);
        Add("GET /api/session (signed-in request, no board work) p50 / p95", $"{Ms(P(session, 0.50))} / {Ms(P(session, 0.95))}", "", null);
        Add("GET /api/boards/{id}/view right after a change (snapshot rebuilt) p50 / p95", $"{Ms(P(rebuilt, 0.50))} / {Ms(P(rebuilt, 0.95))}", "", null);
        Add("bare SQL (Npgsql, same WHERE, all columns read) p50 / p95", $"{Ms(bareP50)} / {Ms(bareP95)} ({bare.Rows:N0} rows)", "", null);
        Add("view p50 / bare SQL p50", Ratio(warmP50 / bareP50), "≤ 3×", warmP50 / bareP50 <= 3);
        Add("view p95 / bare SQL p95", Ratio(warmP95 / bareP95), "≤ 3×", warmP95 / bareP95 <= 3);
        Add("view response size", $"{bytes / 1024.0:N0} KB ({coldBody.Length / 1024.0:N0} KB cold)", "", null);

        // 2–4. Headless Chromium.
        try
        {
            await BrowserAsync(host, adminEmail, boardId, columns, sim, o.Int("drags", 10), o.Int("changes", 20));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            Add("Chromium scenarios", $"stopped: {e.GetType().Name}: {e.Message.Split('\n')[0]}", "", false);
        }

        // 5. 200 viewers: a SignalR connection subscribed to the board and one board read each, all at once.
        if (o.Int("pause-before-viewers", 0) is > 0 and var pause)
        {
            // Time to take a heap dump or counters of the Host (dotnet-gcdump collect -p PID) before the viewers arrive.
            Console.WriteLine($"pausing {pause} s before the viewers; Host pid {host.ProcessId}");
            await Task.Delay(TimeSpan.FromSeconds(pause));
        }

        try
        {
            await ViewersAsync(host, admin, boardId, viewers);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TimeoutException)
        {
            Add("viewers", $"stopped: {e.GetType().Name}: {e.Message.Split('\n')[0]}", "", false);
        }

        Console.WriteLine();
        Console.WriteLine($"Boards benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} CPUs, load average {LoadAverage()}; " +
            $"{workItems:N0} work items, {simMembers.Count} members, board of {cardCount:N0} cards in {columns.Count} columns × {laneCount} lanes");
        var width = Figures.Max(f => f.Measure.Length);
        foreach (var (measure, value, target, met) in Figures)
        {
            Console.WriteLine($"  {measure.PadRight(width)}  {value,-28} {target,-10} {(met is null ? "" : met.Value ? "met" : "MISSED")}");
        }

        Console.WriteLine($"total benchmark time {total.Elapsed.TotalMinutes:F1} min");
        if (write)
        {
            WriteDoc(workItems, simMembers.Count, cardCount, columns.Count, laneCount, licensed.Count, sync.Elapsed.TotalSeconds);
        }

        admin.Dispose();
        return 0;
    }

    private static async Task<TenantClient> SignInAsync(HostProcess host, string email)
    {
        var client = new TenantClient(host.BaseAddress, Slug);
        await client.EnsureAsync(HttpMethod.Post, "/api/accounts/sign-in", new { username = email, password = Password, rememberMe = false }, HttpStatusCode.OK);
        await client.GetAsync("/api/session");
        return client;
    }

    private static async Task SyncAsync(TenantClient admin)
    {
        var started = await admin.EnsureAsync(HttpMethod.Post, "/api/integrations/sync", new { type = "full" }, HttpStatusCode.Accepted);
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(20))
        {
            var run = (await admin.GetJsonAsync<JsonObject>("/api/integrations/sync"))["runs"]!.AsArray().First(r => r!["id"]!.GetValue<Guid>() == id)!;
            var state = run["state"]!.GetValue<string>().ToLowerInvariant();
            if (state is "succeeded")
            {
                return;
            }

            if (state is "failed")
            {
                throw new InvalidOperationException($"The full sync failed: {run.ToJsonString()}");
            }

            await Task.Delay(1000);
        }

        throw new TimeoutException("The full sync did not finish in 20 minutes.");
    }

    /// <summary>
    /// A board over the two PSA boards with most open tickets (the simulator's ConnectWise boards have 4 open statuses each): 8
    /// single-status columns, lanes by member.
    /// </summary>
    private static async Task<(Guid Id, int[] PsaBoards, List<JsonObject> Columns)> CreateBoardAsync(TenantClient admin, RunningSimulator sim)
    {
        var open = sim.Control.ExportConnectWise()["tickets"]!.AsArray().Select(t => t!.AsObject())
            .Where(t => !(bool)t["closedFlag"]! && (string?)t["recordType"] != "ProjectTicket").ToList();
        var psaBoards = open.GroupBy(t => (int)t["board"]!["id"]!).OrderByDescending(g => g.Count()).Take(2).Select(g => g.Key).Order().ToArray();
        var options = await admin.GetJsonAsync<JsonObject>("/api/boards/setup-options");
        var statuses = psaBoards.SelectMany(b => options["psaBoards"]!.AsArray().Single(x => (int)x!["psaId"]! == b)!["statuses"]!.AsArray()
            .Where(s => !(bool)s!["isClosed"]! && (bool)s["isActive"]!).Select(s => (int)s!["psaId"]!)).Distinct().ToList();
        var columns = statuses.Take(7).Select((s, i) => new { id = (Guid?)null, name = $"Column {i + 1}", statusPsaIds = new[] { s }, wipLimit = (int?)null }).ToList();
        if (statuses.Count > 7)
        {
            columns.Add(new { id = (Guid?)null, name = "Column 8", statusPsaIds = statuses.Skip(7).ToArray(), wipLimit = (int?)null });
        }

        var created = await admin.EnsureAsync(HttpMethod.Post, "/api/boards", new
        {
            name = "Benchmark board", kind = 1, psaBoardIds = psaBoards, swimlane = "member", wipLimitBlocksDrops = false, showLaneTotals = true,
            columns,
        }, HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var view = await admin.GetJsonAsync<JsonObject>($"/api/boards/{id}/view");
        return (id, psaBoards, view["columns"]!.AsArray().Select(c => c!.AsObject()).ToList());
    }

    /// <summary>
    /// The admin plus the fewest members (by PSA id) whose cards, with the unassigned ones, make about <paramref name="target"/>
    /// visible cards: the licensing rule then hides the rest on every read.
    /// </summary>
    private static List<int> LicenseFor(JsonObject view, int adminMember, int target)
    {
        var cards = view["cards"]!.AsArray().Select(c => c!["assigneePsaIds"]!.AsArray().Select(a => (int)a!).ToArray()).ToList();
        var licensed = new HashSet<int> { adminMember };
        int Visible() => cards.Count(a => a.Length == 0 || a.Any(licensed.Contains));
        foreach (var member in cards.SelectMany(a => a).Distinct().Order())
        {
            if (Visible() >= target)
            {
                break;
            }

            licensed.Add(member);
        }

        return [.. licensed.Order()];
    }

    private static async Task<(List<double> Timings, int Rows)> BareSqlAsync(
        string connectionString, Guid tenantId, int[] psaBoards, int[] statuses, int[] members, int iterations)
    {
        // The WHERE and ORDER BY that IntegrationsModuleApi.GetWorkItemsAsync sends for this board: tenant filter, board,
        // kind, open, the columns' statuses, and the licensing rule (unassigned or assigned to a licensed member).
        const string sql = """
            SELECT * FROM integrations.work_items w
            WHERE w."TenantId" = @tenant AND w."BoardPsaId" IS NOT NULL AND w."BoardPsaId" = ANY(@boards) AND w."Kind" = ANY(@kinds) AND NOT w."IsClosed"
              AND w."StatusPsaId" IS NOT NULL AND w."StatusPsaId" = ANY(@statuses)
              AND (cardinality(w."AssigneePsaIds") = 0 OR w."AssigneePsaIds" && @members)
            ORDER BY w."Kind", w."PsaId"
            """;
        await using var source = NpgsqlDataSource.Create(connectionString);
        var timings = new List<double>();
        var rows = 0;
        for (var i = 0; i < iterations + 10; i++)
        {
            var clock = Stopwatch.StartNew();
            await using var connection = await source.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("tenant", tenantId);
            command.Parameters.AddWithValue("boards", psaBoards);
            command.Parameters.AddWithValue("kinds", new[] { 1 });
            command.Parameters.AddWithValue("statuses", statuses);
            command.Parameters.AddWithValue("members", members);
            await using var reader = await command.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            rows = 0;
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                rows++;
            }

            clock.Stop();
            if (i >= 10)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return (timings, rows);
    }

    // Records, relative to the navigation start (performance.now()), when the first card is in the DOM and painted,
    // when the first draggable card is painted, when a drop happens, when the move request is issued and when a watched
    // selector first matches. "Painted" = the first task after the next animation frame.
    private const string Probe = """
        (() => {
          const tl = window.__tl = { firstCard: null, firstCardPainted: null, interactive: null, drop: null, moveRequest: null, watch: null };
          const afterPaint = (set) => requestAnimationFrame(() => setTimeout(() => set(performance.now()), 0));
          const check = () => {
            if (tl.firstCard === null && document.querySelector('[data-card-key]')) { tl.firstCard = performance.now(); afterPaint(t => tl.firstCardPainted = t); }
            if (tl.interactive === null && tl.interactivePending !== true && document.querySelector('[data-card-key][draggable="true"]')) { tl.interactivePending = true; afterPaint(t => tl.interactive = t); }
            const w = tl.watch; if (w && w.at === null && document.querySelector(w.selector)) w.at = performance.now();
          };
          new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
          document.addEventListener('drop', () => { tl.drop = performance.now(); }, true);
          const fetch0 = window.fetch;
          window.fetch = function (input, init) {
            const url = typeof input === 'string' ? input : (input && input.url) || String(input);
            if (url.includes('/move') && tl.moveRequest === null) tl.moveRequest = performance.now();
            return fetch0.apply(this, arguments);
          };
        })();
        """;

    private static async Task BrowserAsync(HostProcess host, string email, Guid boardId, List<JsonObject> columns, RunningSimulator sim, int drags, int changes)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        var boardUrl = $"http://{Slug}.localhost:{host.Port}/boards/{boardId}";
        var mover = await SignedInPageAsync(browser, host, email);
        var watcher = await SignedInPageAsync(browser, host, email);

        // 2. First card painted / interactive after a full navigation to the board (assets in the browser cache after the first).
        var painted = new List<double>();
        var interactive = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            await mover.GotoAsync(boardUrl);
            await mover.WaitForFunctionAsync("() => window.__tl && window.__tl.interactive !== null && window.__tl.firstCardPainted !== null", null, new() { Timeout = 60_000 });
            var marks = await mover.EvaluateAsync<double[]>("() => [window.__tl.firstCardPainted, window.__tl.interactive]");
            painted.Add(marks[0]);
            interactive.Add(marks[1]);
        }

        Console.WriteLine($"navigations: first card painted {string.Join(", ", painted.Select(p => p.ToString("F0", CultureInfo.InvariantCulture)))} ms; " +
            $"interactive {string.Join(", ", interactive.Select(p => p.ToString("F0", CultureInfo.InvariantCulture)))} ms");
        Add("Chromium: first card painted after navigation (first / median of next 5)", $"{Ms(painted[0])} / {Ms(Median(painted.Skip(1)))}", "< 1 s", painted.Max() < 1000);
        Add("Chromium: first card draggable (interactive), same", $"{Ms(interactive[0])} / {Ms(Median(interactive.Skip(1)))}", "< 2 s", interactive.Max() < 2000);

        await watcher.GotoAsync(boardUrl);
        await watcher.WaitForFunctionAsync("() => window.__tl && window.__tl.interactive !== null", null, new() { Timeout = 60_000 });

        // 3. Drags inside the first lane, between single-status columns, alternating direction.
        var ack = new List<double>();
        var request = new List<double>();
        var dragWall = new List<double>();
        var synthetic = 0;
        var redrawn = 0;
        var columnIds = columns.Where(c => c["statuses"]!.AsArray().Count == 1).Select(c => (string)c["id"]!).ToArray();
        try
        {
            for (var i = 0; i < drags; i++)
            {
                // The first lane with a card in a single-status column; the drop goes to the next column of the same lane.
                var pick = await mover.EvaluateAsync<string[]?>("""
                    cols => {
                      for (const lane of document.querySelectorAll('.tl-klane'))
                        for (let i = 0; i < cols.length; i++) {
                          const card = lane.querySelector(`.tl-kcell[data-column-id='${cols[i]}'] [data-card-key][draggable="true"]`);
                          if (card) return [lane.dataset.laneKey, cols[(i + 1) % cols.length], card.dataset.cardKey];
                        }
                      return null;
                    }
                    """, columnIds) ?? throw new InvalidOperationException("no draggable card on the page");
                var (laneKey, to, key) = (pick[0], pick[1], pick[2]);
                var lane = mover.Locator($".tl-klane[data-lane-key='{laneKey}']");
                var card = lane.Locator($"[data-card-key='{key}']");
                var target = lane.Locator($".tl-kcell[data-column-id='{to}']");
                await mover.EvaluateAsync("s => { window.__tl.drop = null; window.__tl.moveRequest = null; window.__tl.watch = { selector: s, at: null }; }",
                    $".tl-kcell[data-column-id='{to}'] [data-card-key='{key}']");
                var clock = Stopwatch.StartNew();
                try
                {
                    await card.ScrollIntoViewIfNeededAsync(new() { Timeout = 5_000 });
                }
                catch (PlaywrightException e) when (e.Message.Contains("not attached", StringComparison.Ordinal) && ++redrawn <= 5)
                {
                    // The lane was redrawn (the previous drop's echo) between the pick and the scroll: pick again.
                    i--;
                    continue;
                }

                try
                {
                    await card.DragToAsync(target, new() { SourcePosition = new() { X = 12, Y = 10 }, TargetPosition = new() { X = 40, Y = 8 }, Timeout = 5_000 });
                }
                catch (TimeoutException)
                {
                    // Playwright's mouse drag did not get through on the lane board: the same HTML5 drag events, dispatched in the page.
                    await mover.EvaluateAsync("""
                        ([c, t]) => {
                          const card = document.querySelector(c), target = document.querySelector(t), dt = new DataTransfer();
                          const fire = (el, type) => el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
                          fire(card, 'dragstart'); fire(target, 'dragenter'); fire(target, 'dragover'); fire(target, 'drop'); fire(card, 'dragend');
                        }
                        """, new[] { $".tl-klane[data-lane-key='{laneKey}'] [data-card-key='{key}']", $".tl-klane[data-lane-key='{laneKey}'] .tl-kcell[data-column-id='{to}']" });
                    synthetic++;
                }
                await mover.WaitForFunctionAsync("() => window.__tl.watch.at !== null && window.__tl.moveRequest !== null", null, new() { Timeout = 10_000 });
                dragWall.Add(clock.Elapsed.TotalMilliseconds);
                var m = await mover.EvaluateAsync<double[]>("() => [window.__tl.drop, window.__tl.watch.at, window.__tl.moveRequest]");
                ack.Add(m[1] - m[0]);
                request.Add(m[2] - m[0]);
                await Task.Delay(300);
            }
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            Add("drag", $"stopped after {ack.Count} drags: {e.GetType().Name}: {e.Message.Split('\n')[0]}", "", false);
        }

        Add($"drag: drop → card in target column on screen, p50 / p95 ({ack.Count} drags, {synthetic} by dispatched DragEvents)", $"{Ms(P(ack, 0.5))} / {Ms(P(ack, 0.95))}", "< 100 ms", P(ack, 0.95) < 100);
        Add("drag: drop → move request issued, p50 / p95", $"{Ms(P(request, 0.5))} / {Ms(P(request, 0.95))}", "< 300 ms", P(request, 0.95) < 300);

        // 4. A change made in the PSA (status through the simulator's control API, which calls the Host back) reaching the watcher page.
        var live = new List<double>();
        // Cards drawn on the watcher's page (lanes far below the screen are drawn only when scrolled near), from the
        // columns left of the target, nearest first.
        var visible = new List<string>();
        foreach (var from in new[] { columns[2], columns[1], columns[0] })
        {
            visible.AddRange(await watcher.EvaluateAsync<string[]>(
                "s => [...document.querySelectorAll(s)].map(e => e.dataset.cardKey)", $".tl-kcell[data-column-id='{(string)from["id"]!}'] [data-card-key]"));
        }

        var targetColumn = columns[3];
        var targetStatus = (string)targetColumn["statuses"]![0]!["name"]!;
        foreach (var key in visible.Take(changes))
        {
            var psaId = int.Parse(key.Split(':', '-', '_').Last(), CultureInfo.InvariantCulture);
            await watcher.EvaluateAsync("s => { window.__tl.watch = { selector: s, at: null }; window.__tl.t0 = performance.now(); }",
                $".tl-kcell[data-column-id='{(string)targetColumn["id"]!}'] [data-card-key='{key}']");
            var clock = Stopwatch.StartNew();
            var changed = sim.Control.ChangeTicket(SimPsa.ConnectWise, psaId, new TicketChange(Status: targetStatus));
            if (!changed.Ok)
            {
                Console.Error.WriteLine($"simulator refused the change of {psaId}: {changed.Body?.ToJsonString()}");
                continue;
            }

            try
            {
                await watcher.WaitForFunctionAsync("() => window.__tl.watch.at !== null", null, new() { Timeout = 15_000, PollingInterval = 5 });
                live.Add(clock.Elapsed.TotalMilliseconds);
            }
            catch (TimeoutException)
            {
                Console.Error.WriteLine($"card {key} did not move on the watcher's page within 15 s");
                live.Add(15_000);
            }
        }

        Add($"PSA change → card moved on another browser, p50 / p95 ({live.Count} changes)", $"{Ms(P(live, 0.5))} / {Ms(P(live, 0.95))}", "< 1 s (p95)", P(live, 0.95) < 1000);
    }

    private static async Task<IPage> SignedInPageAsync(IBrowser browser, HostProcess host, string email)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        await context.AddInitScriptAsync(Probe);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"http://{Slug}.localhost:{host.Port}/sign-in");
        await page.GetByLabel("Username").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/sign-in", StringComparison.Ordinal), new() { Timeout = 30_000 });
        return page;
    }

    private static async Task ViewersAsync(HostProcess host, TenantClient admin, Guid boardId, int viewers)
    {
        GC.Collect();
        var idle = host.ResidentMb();
        var peak = idle;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, host.ResidentMb());
                await Task.Delay(50);
            }
        });

        var connections = new List<HubConnection>();
        var clock = Stopwatch.StartNew();
        var reads = await Task.WhenAll(Enumerable.Range(0, viewers).Select(async _ =>
        {
            var hub = new HubConnectionBuilder()
                .WithUrl(new Uri(host.BaseAddress, "/hubs/live"), o =>
                {
                    o.Transports = HttpTransportType.LongPolling;
                    o.Cookies = admin.Cookies;
                    o.HttpMessageHandlerFactory = inner => new HostHeader(inner, $"{Slug}.localhost:{host.Port}");
                })
                .Build();
            lock (connections)
            {
                connections.Add(hub);
            }

            await hub.StartAsync();
            await hub.InvokeAsync("SubscribeBoard", boardId.ToString());
            var read = Stopwatch.StartNew();
            using var viewer = new TenantClient(host.BaseAddress, Slug, admin.Cookies);
            var response = await viewer.GetAsync($"/api/boards/{boardId}/view");
            await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            return read.Elapsed.TotalMilliseconds;
        }));
        var allIn = clock.Elapsed.TotalSeconds;
        await Task.Delay(2000);
        var settled = host.ResidentMb();
        await sampling.CancelAsync();
        await sampler;
        peak = Math.Max(peak, settled);
        Add($"{viewers} viewers: Host resident memory before / peak / 2 s after", $"{idle:N0} / {peak:N0} / {settled:N0} MB", "< 400 MB", peak < 400);
        Add($"{viewers} viewers: concurrent board reads p50 / p95 (all in {allIn:F1} s)", $"{Ms(P([.. reads], 0.5))} / {Ms(P([.. reads], 0.95))}", "", null);
        foreach (var hub in connections)
        {
            await hub.DisposeAsync();
        }
    }

    private static void WriteDoc(long workItems, int members, int cards, int columns, int lanes, int licensed, double syncSeconds)
    {
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "docs", "performance.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("\n## Boards\n", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = text.IndexOf("\n## ", start + 5, StringComparison.Ordinal);
            text = text[..start] + (end >= 0 ? text[end..] : "\n");
        }

        var rows = string.Join("\n", Figures.Select(f => $"| {f.Measure} | {f.Value} | {(f.Target.Length == 0 ? "–" : f.Target)} | {(f.Met is null ? "" : f.Met.Value ? "met" : "**missed**")} |"));
        var section = $"""

            ## Boards

            Benchmark: `benchmarks/TopLeft.Benchmarks` scenario `boards`, one command for every figure below:

            ```bash
            export TOPLEFT_TEST_POSTGRES="Host=127.0.0.1;Port=54329;Username=postgres;Database=postgres" TOPLEFT_TEST_REDIS=127.0.0.1:63799
            dotnet build benchmarks/TopLeft.Benchmarks -c Release -p:SkipClientBuild=true   # the SPA must already be built in src/TopLeft.Host/wwwroot
            dotnet benchmarks/TopLeft.Benchmarks/bin/Release/net10.0/TopLeft.Benchmarks.dll boards
            ```

            Options: `boards [--tickets N] [--members N] [--iterations N] [--viewers N] [--drags N] [--changes N] [--cards N] [--pause-before-viewers SECONDS] [--write-doc false]`. It seeds the
            PSA simulator in-process (ConnectWise, seed 42, 2,000 companies, 6 service boards), starts the Host **as its own process**
            (`dotnet src/TopLeft.Host/bin/Release/net10.0/TopLeft.Host.dll`, environment `Testing`, fresh database, Redis when
            `TOPLEFT_TEST_REDIS` is set) so that its memory is measured alone, signs up a workspace, connects it to the simulator and runs a
            **full sync through the Host** (no rows inserted directly). It then creates a board over the two PSA boards with the most open
            tickets (8 columns, one open status each; swimlanes by member) and licenses the admin plus the fewest members (by PSA id) that
            make about 5,000 cards visible (`--cards`): the licensing rule hides the others' cards on every read. It measures,
            in the same run: the view endpoint warm (after 10 unmeasured reads; plain JSON, the client sends no Accept-Encoding), cold
            (first read after restarting the Host process, once the new process reports ready on `/health`), the read right after a change
            (a "send to top/bottom" before each read retires the cached board, so each is a full rebuild), `GET /api/session` as the floor
            every signed-in request pays (cookie, security stamp checked on every request, tenant), and the bare Npgsql query with the
            view's WHERE (board, kind, open, the columns' statuses, the licensing rule); headless Chromium (`/usr/bin/chromium`) via Playwright .NET with an init script that
            records `performance.now()` marks (first card in the DOM then painted = first task after the next animation frame; interactive =
            the first `draggable` card painted; the drop event; the `fetch` of `/move`; the card appearing in the target column, by
            MutationObserver); PSA changes through the simulator's control API observed on a second signed-in page; and 200 viewers (each a
            SignalR connection, long polling, subscribed to the board, and one board read, all at once) while sampling the Host process's
            resident set every 50 ms.

            **How the targets are met** (commits 7eb96b5 … f333c7e; before them, on the same machine: warm p95 751 ms, cold 1.6 s,
            first card painted ≈ 1.0 s, drop → on screen p95 104 ms, 200 viewers 3.7 GB peak):
            - *Server read:* a board's full read for members (every card the licensing snapshot lets them see) is kept per board,
              serialised and gzipped once (`Boards/Features/ViewBoard/BoardViewCache`). Its stamp is the tenant's board-data version (a
              counter in Redis, bumped after every committed change a board shows: card events, moves, ranks, card actions, board edits,
              syncs) plus the licensing version, so every Host instance retires it at once; concurrent readers share one computation.
              A warm read is the access check, one Redis counter read and sending bytes; temporary filters are applied to the cached
              read in memory; contacts (portal scope) are read directly. The read right after a change is the full rebuild.
            - *Cold:* after start the Host reads the boards used in the last week into the cache before `/health` reports ready (never
              `/alive`), so the first reader after a restart finds it warm, as a load balancer waiting for readiness would arrange.
            - *Page:* cells and cards are memoised with stable handlers, so a drop re-renders only the cells whose cards changed;
              names and colours are looked up once per board, not per card; lanes far below the screen are drawn when scrolled near.
            - *Memory:* 200 viewers share one snapshot, held as gzipped JSON in 32 KB chunks and sent a chunk at a time (one 3 MB
              write was buffered whole per reader; 3 MB arrays on the large object heap left ≈ 75 MB of free but resident holes).
              The Host runs workstation GC with background GC, `ConserveMemory` 5 and without tiered PGO: until 69f3f0d the project
              file misspelt the server-GC switch, so server GC ran (≈ 100 MB more before the viewers arrived). Of an idle Host's
              ≈ 230 MB resident, ≈ 100 MB are mapped files (the runtime and assemblies) and ≈ 60 MB the W^X double mapping of
              JIT code; the rest is the heap. `--pause-before-viewers SECONDS` leaves time for `dotnet-gcdump` / `dotnet-counters`.

            **Run ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC):** shared dev container, {Environment.ProcessorCount} vCPU, load average {LoadAverage()} at the end
            (other agents' builds and test runs share the same cores, so every latency here is noisy and pessimistic; compare runs on the
            same machine only). Dataset: {workItems:N0} work items stored after the full sync ({syncSeconds:F0} s), {members} active members
            ({licensed} licensed), one board of **{cards:N0} visible cards** in {columns} columns × {lanes} lanes.

            | measure | value | target | |
            |---|---|---|---|
            {rows}

            """;
        File.WriteAllText(path, text.TrimEnd('\n') + "\n" + section);
        Console.WriteLine($"wrote the Boards section of {path}");
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static void Add(string measure, string value, string target, bool? met)
    {
        Figures.Add((measure, value, target, met));
        Console.WriteLine($"  {measure}: {value} {(target.Length > 0 ? $"(target {target}: {(met == true ? "met" : "MISSED")})" : "")}");
    }

    private static double P(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];
    }

    private static double Median(IEnumerable<double> values) => P(values.ToList(), 0.5);

    private static string Ms(double value) => double.IsNaN(value) ? "n/a" : value.ToString(value < 10 ? "F1" : "F0", CultureInfo.InvariantCulture) + " ms";

    private static string Ratio(double value) => value.ToString("F1", CultureInfo.InvariantCulture) + "×";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed class HostHeader(HttpMessageHandler inner, string host) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Host = host;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private static async Task WaitReadyAsync(HostProcess host)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(180))
        {
            try
            {
                if ((await http.GetAsync(new Uri(host.BaseAddress, "/health"))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The Host did not report ready on /health within 180 s.");
    }
}
