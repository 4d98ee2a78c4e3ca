using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using TopLeft.Testing;

namespace TopLeft.Host.Tests.Live;

public sealed class LiveSessionTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private MailCatcher _mail = null!;
    private TopLeftApp _app = null!;

    public async Task InitializeAsync()
    {
        _mail = await MailCatcher.StartAsync();
        _app = new TopLeftApp(await PostgresDatabase.CreateAsync(), TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Email:Smtp:Port"] = _mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _app.Database.DisposeAsync();
        await _mail.DisposeAsync();
    }

    [Fact]
    public async Task The_live_channel_refuses_anonymous_visitors()
    {
        await using var hub = Connect(new ApiClient(_app, "nobody"), "nobody");

        await Should.ThrowAsync<HttpRequestException>(() => hub.StartAsync());
    }

    [Fact]
    public async Task Disabling_a_user_closes_their_live_connection_and_tells_the_page_why()
    {
        using var anonymous = new ApiClient(_app, null);
        (await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = "Live Co", slug = "liveco", adminEmail = "admin@live.test", password = Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        using var admin = await SignInAsync("admin@live.test", Password);
        var added = await admin.PostAsync("/api/accounts/users", new { displayName = "Viewer", userName = "viewer", email = "viewer@live.test", kind = "member", isAdmin = false, sendInvitation = true });
        var id = (await added.Content.ReadFromJsonAsync<Created>())!.Id;
        var token = (await _mail.WaitForAsync("viewer@live.test", "invited")).Link("http://liveco.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(_app, "liveco"))
        {
            (await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = "viewer's password" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var member = await SignInAsync("viewer", "viewer's password");
        await using var hub = Connect(member, "liveco");
        var told = new TaskCompletionSource<string>();
        var closed = new TaskCompletionSource();
        hub.On<string>("SessionEnded", reason => told.TrySetResult(reason));
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await hub.StartAsync();

        (await admin.PostAsync($"/api/accounts/users/{id}/disable")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await told.Task.WaitAsync(TimeSpan.FromSeconds(10))).ShouldContain("disabled");
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        hub.State.ShouldBe(HubConnectionState.Disconnected);
    }

    private async Task<ApiClient> SignInAsync(string userName, string password)
    {
        var client = new ApiClient(_app, "liveco");
        (await client.PostAsync("/api/accounts/sign-in", new { username = userName, password, rememberMe = false })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await client.RefreshSessionAsync();
        return client;
    }

    // Long polling goes over plain HTTP, so the tenant's Host header and the session cookie travel with it.
    private HubConnection Connect(ApiClient client, string slug) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(_app.BaseAddress, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.Cookies = client.Cookies;
                o.HttpMessageHandlerFactory = inner => new HostHeader(inner, $"{slug}.localhost:{_app.BaseAddress.Port}");
            })
            .Build();

    private sealed record Created(Guid Id);

    private sealed class HostHeader(HttpMessageHandler inner, string host) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Host = host;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
