using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TopLeft.Accounts.Contracts;
using TopLeft.Integrations.Contracts;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Portal.Tests.Autotask;

/// <summary>
/// A workspace connected to the simulator's Autotask and fully synced, every member licensed. Company A has a child
/// company (made a branch of A through the Autotask API, then synced), both with tickets on <see cref="Queue"/>; A and
/// an unrelated company B have open project tasks on the task board. A and B are licensed; one contact of A is invited and signed in.
/// A ticket board over the queue and a task board (one column per open Autotask task status) are portal boards; contacts may drag on both.
/// </summary>
public sealed class AutotaskPortalFixture : IAsyncLifetime
{
    public const string ContactPassword = "contact password 1";

    public ConnectedWorkspace Workspace { get; private set; } = null!;

    public int Queue { get; private set; }

    public int CompanyA { get; private set; }

    public int ChildOfA { get; private set; }

    public int CompanyB { get; private set; }

    public PsaContact Person { get; private set; } = null!;

    public ApiClient Contact { get; private set; } = null!;

    public Guid TicketBoard { get; private set; }

    public Guid TaskBoard { get; private set; }

    public async Task InitializeAsync()
    {
        Workspace = await ConnectedWorkspace.StartAsync("atportal", tickets: 200, psa: PsaKind.Autotask, simulator: o =>
        {
            o.Companies = 10;
            o.ContactsPerCompany = 2;
            o.Members = 6;
            o.Projects = 5;
        });
        var admin = Workspace.Admin;
        (await admin.PutAsync("/api/licensing/subscription", new { memberLicenses = 20, portalCompanyLicenses = 10, endTrial = true })).EnsureSuccessStatusCode();
        (await admin.PutAsync("/api/licensing/members", new { selectedPsaIds = Workspace.Members.Keys.ToList(), sendInvitations = false })).EnsureSuccessStatusCode();
        await admin.RefreshSessionAsync();

        var open = (await WithPsaAsync(psa => psa.GetWorkItemsAsync(new WorkItemQuery(Kinds: [WorkItemKind.Ticket, WorkItemKind.Task])))).Where(i => !i.IsClosed).ToList();
        var tickets = open.Where(i => i.Ref.Kind == WorkItemKind.Ticket).ToList();
        var tasks = open.Where(i => i.Ref.Kind == WorkItemKind.Task).ToList();
        var contacts = (await WithPsaAsync(psa => psa.GetContactsAsync())).Where(c => c.IsActive && c.Email is { Length: > 0 }).ToList();
        var companies = await WithPsaAsync(psa => psa.GetCompaniesAsync());
        Queue = tickets.GroupBy(t => t.BoardPsaId).OrderByDescending(g => g.Count()).First().Key!.Value;
        int TicketsOf(int company) => tickets.Count(t => t.BoardPsaId == Queue && t.CompanyPsaId == company);
        // The task board takes one column per open task status, so every open task is on it.
        var withTasks = tasks.Where(t => t.CompanyPsaId is not null)
            .GroupBy(t => t.CompanyPsaId!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        CompanyA = withTasks.First(c => TicketsOf(c) > 0 && contacts.Any(x => x.CompanyPsaId == c) && companies.All(x => x.ParentPsaId != c));
        CompanyB = withTasks.First(c => c != CompanyA && TicketsOf(c) > 0);
        var parentOfA = companies.First(c => c.PsaId == CompanyA).ParentPsaId;
        ChildOfA = companies.Where(c => c.PsaId != CompanyA && c.PsaId != CompanyB && c.PsaId != parentOfA && companies.All(x => x.ParentPsaId != c.PsaId))
            .OrderByDescending(c => TicketsOf(c.PsaId)).First().PsaId;
        TicketsOf(ChildOfA).ShouldBeGreaterThan(0);

        // A branch office of A, made the way an MSP makes one: in Autotask, then synced.
        using (var autotask = Workspace.Simulator.CreateAutotaskClient())
        {
            var patched = await autotask.PatchAsJsonAsync("Companies", new { id = ChildOfA, parentCompanyID = CompanyA });
            patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        }

        await Workspace.SyncAsync("full");
        (await WithPsaAsync(psa => psa.GetCompaniesAsync())).First(c => c.PsaId == ChildOfA).ParentPsaId.ShouldBe(CompanyA);

        foreach (var company in new[] { CompanyA, CompanyB })
        {
            var licensed = await admin.PostAsync("/api/portal/companies", new { companyPsaId = company });
            licensed.StatusCode.ShouldBe(HttpStatusCode.OK, await licensed.Content.ReadAsStringAsync());
        }

        TicketBoard = await CreateBoardAsync(WorkItemKind.Ticket, [Queue]);
        TaskBoard = await CreateBoardAsync(WorkItemKind.Task, []);
        foreach (var board in new[] { TicketBoard, TaskBoard })
        {
            var saved = await admin.PutAsync($"/api/portal/boards/{board}/options", new
            {
                enabled = true, showNotesAndTimeEntries = true, contactCanAddNotes = true, visibility = "company", contactCanDrag = true,
                showBudgetSummary = false, companyAccess = Array.Empty<int>(),
            });
            saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        }

        Person = contacts.First(c => c.CompanyPsaId == CompanyA);
        Contact = await InviteAndSignInAsync(Person);
    }

    public async Task<T> WithPsaAsync<T>(Func<IIntegrationsModule, Task<T>> read)
    {
        await using var scope = Workspace.App.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<IAccountsModule>().FindTenantAsync(Workspace.Slug);
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant!.Id, Workspace.Slug);
        return await read(scope.ServiceProvider.GetRequiredService<IIntegrationsModule>());
    }

    /// <summary>Open work items of a kind, as synced.</summary>
    public async Task<IReadOnlyList<WorkItem>> OpenAsync(WorkItemKind kind) =>
        (await WithPsaAsync(psa => psa.GetWorkItemsAsync(new WorkItemQuery(Kinds: [kind])))).Where(i => !i.IsClosed).ToList();

    /// <summary>The companies whose cards a contact of A may see: A and its branch.</summary>
    public IReadOnlySet<int> TreeOfA => new HashSet<int> { CompanyA, ChildOfA };

    /// <summary>The card keys a client sees on a board; null when the board is not there for them (404).</summary>
    public static async Task<IReadOnlySet<string>?> CardKeysAsync(ApiClient client, Guid boardId)
    {
        var response = await client.GetAsync($"/api/boards/{boardId}/view");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["cards"]!.AsArray().Select(c => (string)c!["key"]!).ToHashSet();
    }

    public static string Key(WorkItem item) => $"{item.Ref.Kind.ToString().ToLowerInvariant()}-{item.Ref.PsaId.ToString(CultureInfo.InvariantCulture)}";

    public async Task DisposeAsync()
    {
        Contact?.Dispose();
        if (Workspace is not null)
        {
            await Workspace.DisposeAsync();
        }
    }

    private async Task<Guid> CreateBoardAsync(WorkItemKind kind, IReadOnlyList<int> queues)
    {
        var response = await Workspace.Admin.PostAsync("/api/boards", new
        {
            name = $"Autotask {kind} " + Guid.NewGuid().ToString("N")[..6], kind = (int)kind, psaBoardIds = queues, swimlane = "none",
            wipLimitBlocksDrops = false, showLaneTotals = true,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    private async Task<ApiClient> InviteAndSignInAsync(PsaContact contact)
    {
        var invited = await Workspace.Admin.PostAsync($"/api/portal/contacts/{contact.PsaId}/invitation");
        invited.StatusCode.ShouldBe(HttpStatusCode.OK, await invited.Content.ReadAsStringAsync());
        var token = (await Workspace.Mail.WaitForAsync(contact.Email!, "invited")).Link($"http://{Workspace.Slug}.localhost").Query["?token=".Length..];
        using (var visitor = new ApiClient(Workspace.App, Workspace.Slug))
        {
            var accepted = await visitor.PostAsync($"/api/accounts/invitations/{token}/accept", new { password = ContactPassword });
            accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        }

        return await Workspace.SignInAsync(contact.Email!, ContactPassword);
    }
}

[CollectionDefinition(nameof(AutotaskPortalCollection))]
public sealed class AutotaskPortalCollection : ICollectionFixture<AutotaskPortalFixture>;
