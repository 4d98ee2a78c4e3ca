using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using TopLeft.Testing;

namespace TopLeft.Licensing.Tests.Visibility;

public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly int _port = FreePort();
    private Process? _redis;
    private TopLeftApp _first = null!;
    private TopLeftApp _second = null!;

    public async Task InitializeAsync()
    {
        StartRedis();
        var database = await PostgresDatabase.CreateAsync();
        var redis = $"127.0.0.1:{_port.ToString(CultureInfo.InvariantCulture)}";
        _first = new TopLeftApp(database, redis);
        await _first.StartAsync();
        _second = new TopLeftApp(database, redis);
        await _second.StartAsync();
    }

    [Fact]
    public async Task Answers_stay_correct_when_redis_stops_in_the_middle()
    {
        var slug = LicensingFixture.NewSlug();
        await LicensingFixture.SignUpAsync(_first, slug);
        await LicensingFixture.MemberSyncedAsync(_first, slug, 100, "jadmin", LicensingFixture.AdminEmail(slug));
        await LicensingFixture.MemberSyncedAsync(_first, slug, 101, "other");
        using var first = await LicensingFixture.SignedInAdminAsync(_first, slug);
        using var second = await LicensingFixture.SignedInAdminAsync(_second, slug);
        (await first.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 100 }, sendInvitations = false })).EnsureSuccessStatusCode();
        (await second.GetJsonAsync<MyLicense>("/api/licensing/me")).Licensed.ShouldBeTrue();
        (await VisibilityRuleTests.VisibilityAsync(_second, slug)).IsVisible([101]).ShouldBeFalse();

        StopRedis();

        (await second.GetJsonAsync<MyLicense>("/api/licensing/me")).Licensed.ShouldBeTrue();
        (await first.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 101 }, sendInvitations = false })).EnsureSuccessStatusCode();
        (await second.GetJsonAsync<MyLicense>("/api/licensing/me")).Licensed.ShouldBeFalse();
        (await second.GetAsync("/api/licensing/me/visibility")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var filter = await VisibilityRuleTests.VisibilityAsync(_second, slug);
        filter.IsVisible([101]).ShouldBeTrue();
        filter.IsVisible([100]).ShouldBeFalse();

        // Redis back, empty: nothing stale can come from it either.
        StartRedis();
        (await first.PutAsync("/api/licensing/members", new { selectedPsaIds = new[] { 100, 101 }, sendInvitations = false })).EnsureSuccessStatusCode();
        (await second.GetJsonAsync<MyLicense>("/api/licensing/me")).Licensed.ShouldBeTrue();
        (await VisibilityRuleTests.VisibilityAsync(_first, slug)).IsVisible([100]).ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _first.Database.DisposeAsync();
        StopRedis();
    }

    private void StartRedis()
    {
        _redis = Process.Start(new ProcessStartInfo(TestEnvironment.RedisServer,
            ["--port", _port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    private void StopRedis()
    {
        if (_redis is { HasExited: false })
        {
            _redis.Kill();
            _redis.WaitForExit();
        }

        _redis?.Dispose();
        _redis = null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
