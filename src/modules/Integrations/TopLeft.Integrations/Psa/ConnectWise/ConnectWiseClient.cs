using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace TopLeft.Integrations.Psa.ConnectWise;

/// <summary>
/// The ConnectWise REST client on an <see cref="HttpClient"/> from the factory (resilience from the
/// pipeline): Basic <c>company+public:private</c>, the <c>clientId</c> header, bare-array pages.
/// </summary>
internal sealed class ConnectWiseClient : ICwLoginApi, ICwServiceApi, ICwCompanyApi, ICwSystemApi, ICwTimeApi, ICwProjectApi, ICwScheduleApi
{
    private readonly HttpClient http;

    /// <param name="http">A client whose BaseAddress is the API root (<c>…/v4_6_release/apis/3.0/</c>).</param>
    public ConnectWiseClient(HttpClient http, string companyId, string publicKey, string privateKey, string clientId)
    {
        this.http = http;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{companyId}+{publicKey}:{privateKey}")));
        http.DefaultRequestHeaders.Add("clientId", clientId);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<CwCompanyInfo?> GetCompanyInfoAsync(string companyId, CancellationToken ct)
    {
        var root = new Uri(http.BaseAddress!, "/");
        using var response = await http.GetAsync(new Uri(root, $"login/companyinfo/{Uri.EscapeDataString(companyId)}"), ct);
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<CwCompanyInfo?>(PsaJson.Options, ct) : null;
    }

    public Task<IReadOnlyList<CwTicket>> GetTicketsAsync(CwQuery query, CancellationToken ct) => ListAsync<CwTicket>("service/tickets", query, ct);

    public Task<CwTicket?> GetTicketAsync(int id, CancellationToken ct) => ItemAsync<CwTicket>($"service/tickets/{id}", ct);

    public Task<CwTicket> PatchTicketAsync(int id, IReadOnlyList<CwPatchOperation> operations, CancellationToken ct) =>
        SendAsync<CwTicket>(HttpMethod.Patch, $"service/tickets/{id}", operations, ct);

    public Task<IReadOnlyList<CwNote>> GetTicketNotesAsync(int ticketId, CwQuery query, CancellationToken ct) =>
        ListAsync<CwNote>($"service/tickets/{ticketId}/notes", query, ct);

    public Task<CwNote> CreateTicketNoteAsync(int ticketId, CwNewNote note, CancellationToken ct) =>
        SendAsync<CwNote>(HttpMethod.Post, $"service/tickets/{ticketId}/notes", note, ct);

    public Task<IReadOnlyList<CwBoard>> GetBoardsAsync(CwQuery query, CancellationToken ct) => ListAsync<CwBoard>("service/boards", query, ct);

    public Task<IReadOnlyList<CwBoardStatus>> GetBoardStatusesAsync(int boardId, CwQuery query, CancellationToken ct) =>
        ListAsync<CwBoardStatus>($"service/boards/{boardId}/statuses", query, ct);

    public Task<IReadOnlyList<CwPriority>> GetPrioritiesAsync(CwQuery query, CancellationToken ct) => ListAsync<CwPriority>("service/priorities", query, ct);

    public Task<IReadOnlyList<CwCompany>> GetCompaniesAsync(CwQuery query, CancellationToken ct) => ListAsync<CwCompany>("company/companies", query, ct);

    public Task<IReadOnlyList<CwContact>> GetContactsAsync(CwQuery query, CancellationToken ct) => ListAsync<CwContact>("company/contacts", query, ct);

    public Task<IReadOnlyList<CwMember>> GetMembersAsync(CwQuery query, CancellationToken ct) => ListAsync<CwMember>("system/members", query, ct);

    public Task<CwToken> CreateMemberTokenAsync(string memberIdentifier, CancellationToken ct) =>
        SendAsync<CwToken>(HttpMethod.Post, $"system/members/{Uri.EscapeDataString(memberIdentifier)}/tokens",
            new { memberIdentifier }, ct, ("x-cw-usertype", "member"));

    public Task<IReadOnlyList<CwCallback>> GetCallbacksAsync(CwQuery query, CancellationToken ct) => ListAsync<CwCallback>("system/callbacks", query, ct);

    public Task<CwCallback> CreateCallbackAsync(CwNewCallback callback, CancellationToken ct) =>
        SendAsync<CwCallback>(HttpMethod.Post, "system/callbacks", callback, ct);

    public Task DeleteCallbackAsync(int id, CancellationToken ct) => DeleteAsync($"system/callbacks/{id}", ct);

    public Task<IReadOnlyList<CwTimeEntry>> GetTimeEntriesAsync(CwQuery query, CancellationToken ct) => ListAsync<CwTimeEntry>("time/entries", query, ct);

    public Task<CwTimeEntry> CreateTimeEntryAsync(CwNewTimeEntry entry, CancellationToken ct) =>
        SendAsync<CwTimeEntry>(HttpMethod.Post, "time/entries", entry, ct);

    public Task<IReadOnlyList<CwProject>> GetProjectsAsync(CwQuery query, CancellationToken ct) => ListAsync<CwProject>("project/projects", query, ct);

    public Task<IReadOnlyList<CwProjectStatus>> GetProjectStatusesAsync(CwQuery query, CancellationToken ct) =>
        ListAsync<CwProjectStatus>("project/statuses", query, ct);

    public Task<CwProject> PatchProjectAsync(int id, IReadOnlyList<CwPatchOperation> operations, CancellationToken ct) =>
        SendAsync<CwProject>(HttpMethod.Patch, $"project/projects/{id}", operations, ct);

    public Task<IReadOnlyList<CwPhase>> GetPhasesAsync(int projectId, CwQuery query, CancellationToken ct) =>
        ListAsync<CwPhase>($"project/projects/{projectId}/phases", query, ct);

    public Task<IReadOnlyList<CwScheduleEntry>> GetScheduleEntriesAsync(CwQuery query, CancellationToken ct) =>
        ListAsync<CwScheduleEntry>("schedule/entries", query, ct);

    public Task<CwScheduleEntry> CreateScheduleEntryAsync(CwNewScheduleEntry entry, CancellationToken ct) =>
        SendAsync<CwScheduleEntry>(HttpMethod.Post, "schedule/entries", entry, ct);

    public Task DeleteScheduleEntryAsync(int id, CancellationToken ct) => DeleteAsync($"schedule/entries/{id}", ct);

    private async Task<IReadOnlyList<T>> ListAsync<T>(string path, CwQuery query, CancellationToken ct)
    {
        var parameters = new List<string> { $"pageSize={query.PageSize.ToString(CultureInfo.InvariantCulture)}" };
        if (query.Conditions is { Length: > 0 })
        {
            parameters.Add("conditions=" + Uri.EscapeDataString(query.Conditions));
        }

        if (query.Fields is { Length: > 0 })
        {
            parameters.Add("fields=" + Uri.EscapeDataString(query.Fields));
        }

        if (query.OrderBy is { Length: > 0 })
        {
            parameters.Add("orderBy=" + Uri.EscapeDataString(query.OrderBy));
        }

        var forwardOnly = query.Page is null;
        if (query.Page is { } page)
        {
            parameters.Add($"page={page.ToString(CultureInfo.InvariantCulture)}");
        }
        else if (query.PageId is { } pageId)
        {
            parameters.Add($"pageId={pageId.ToString(CultureInfo.InvariantCulture)}");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, path + "?" + string.Join('&', parameters));
        if (forwardOnly)
        {
            request.Headers.Add("pagination-type", "forward-only");
        }

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await PsaJson.ErrorAsync(response, ct);
        }

        return await response.Content.ReadFromJsonAsync<List<T>>(PsaJson.Options, ct) ?? [];
    }

    private async Task<T?> ItemAsync<T>(string path, CancellationToken ct)
        where T : class
    {
        using var response = await http.GetAsync(path, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await PsaJson.ErrorAsync(response, ct);
        }

        return await response.Content.ReadFromJsonAsync<T>(PsaJson.Options, ct);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object body, CancellationToken ct, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, body.GetType(), options: PsaJson.Options) };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await PsaJson.ErrorAsync(response, ct);
        }

        return (await response.Content.ReadFromJsonAsync<T>(PsaJson.Options, ct))!;
    }

    private async Task DeleteAsync(string path, CancellationToken ct)
    {
        using var response = await http.DeleteAsync(path, ct);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
        {
            throw await PsaJson.ErrorAsync(response, ct);
        }
    }
}
