using Microsoft.AspNetCore.SignalR.Client;
using TopLeft.PsaSimulator;
using TopLeft.Testing;

namespace TopLeft.Boards.Tests;

/// <summary>One connected, synced workspace (see <see cref="ConnectedWorkspace"/>) shared by the Boards tests; each test uses its own boards.</summary>
public sealed class BoardsFixture : IAsyncLifetime
{
    public const string Password = ConnectedWorkspace.Password;

    private ConnectedWorkspace _workspace = null!;

    public TopLeftApp App => _workspace.App;

    public RunningSimulator Simulator => _workspace.Simulator;

    public ApiClient Admin => _workspace.Admin;

    public int AdminMemberId => _workspace.AdminMemberId;

    public IReadOnlyDictionary<int, (string Identifier, string Email)> Members => _workspace.Members;

    public IReadOnlyList<int> Licensed => _workspace.Licensed;

    public async Task InitializeAsync() => _workspace = await ConnectedWorkspace.StartAsync("boardsco");

    public Task<ApiClient> SignInAsync(string userName, string password) => _workspace.SignInAsync(userName, password);

    public Task<ApiClient> MemberAsync(int memberPsaId) => _workspace.MemberAsync(memberPsaId);

    public string Slug => _workspace.Slug;

    public HubConnection Hub(ApiClient client, TopLeftApp? app = null) => _workspace.Hub(client, app);

    public Dictionary<int, SimTicket> SimulatorTickets() => _workspace.SimulatorTickets();

    /// <summary>A second Host instance on the same database and Redis (no scheduled sync), with the admin signed in to it.</summary>
    public async Task<(TopLeftApp App, ApiClient Admin)> SecondInstanceAsync()
    {
        var second = new TopLeftApp(App.Database, TestEnvironment.Redis, new Dictionary<string, string?> { ["Integrations:Sync:Enabled"] = "false" });
        await second.StartAsync();
        var admin = new ApiClient(second, Slug);
        var signIn = await admin.PostAsync("/api/accounts/sign-in", new { username = Members[AdminMemberId].Email, password = Password, rememberMe = false });
        signIn.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await signIn.Content.ReadAsStringAsync());
        await admin.RefreshSessionAsync();
        return (second, admin);
    }

    public async Task DisposeAsync() => await _workspace.DisposeAsync();
}

[CollectionDefinition(nameof(BoardsCollection))]
public sealed class BoardsCollection : ICollectionFixture<BoardsFixture>;
