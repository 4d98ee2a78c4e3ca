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

    public async Task DisposeAsync() => await _workspace.DisposeAsync();
}

[CollectionDefinition(nameof(BoardsCollection))]
public sealed class BoardsCollection : ICollectionFixture<BoardsFixture>;
