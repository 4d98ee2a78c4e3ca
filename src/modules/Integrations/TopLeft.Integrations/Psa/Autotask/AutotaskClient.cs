using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace TopLeft.Integrations.Psa.Autotask;

/// <summary>
/// The Autotask REST client on a factory <see cref="HttpClient"/>: <c>ApiIntegrationcode</c>/<c>UserName</c>/<c>Secret</c>
/// headers, optional <c>ImpersonationResourceId</c>, POST queries with <c>nextPageUrl</c> paging (500 per page).
/// </summary>
internal sealed class AutotaskClient : IAtQueryApi, IAtEntityApi, IAtMetadataApi
{
    private readonly HttpClient http;

    /// <param name="http">A client whose BaseAddress is the zone's <c>…/ATServicesRest/V1.0/</c>.</param>
    public AutotaskClient(HttpClient http, string integrationCode, string userName, string secret, int? impersonateResourceId)
    {
        this.http = http;
        http.DefaultRequestHeaders.Add("ApiIntegrationcode", integrationCode);
        http.DefaultRequestHeaders.Add("UserName", userName);
        http.DefaultRequestHeaders.Add("Secret", secret);
        if (impersonateResourceId is { } resource)
        {
            http.DefaultRequestHeaders.Add("ImpersonationResourceId", resource.ToString(CultureInfo.InvariantCulture));
        }

        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public Task<AtQueryResult<T>> QueryAsync<T>(string entity, AtQuery query, CancellationToken ct) =>
        PostAsync<AtQueryResult<T>>($"{entity}/query", query, ct);

    public Task<AtQueryResult<T>> NextPageAsync<T>(string nextPageUrl, AtQuery query, CancellationToken ct) =>
        PostAsync<AtQueryResult<T>>(nextPageUrl, query, ct);

    public async Task<int> CountAsync(string entity, AtQuery query, CancellationToken ct) =>
        (await PostAsync<AtCount>($"{entity}/query/count", query, ct)).QueryCount;

    public async Task<T?> GetAsync<T>(string entity, int id, CancellationToken ct)
        where T : class
    {
        using var response = await http.GetAsync($"{entity}/{id}", ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await PsaJson.ErrorAsync(response, ct);
        }

        return (await response.Content.ReadFromJsonAsync<AtItem<T>>(PsaJson.Options, ct))?.Item;
    }

    public async Task<int> CreateAsync(string path, AtBody body, CancellationToken ct) =>
        (await SendAsync<AtItemId>(HttpMethod.Post, path, body.Json, ct)).ItemId;

    public async Task<int> UpdateAsync(string path, AtBody body, CancellationToken ct) =>
        (await SendAsync<AtItemId>(HttpMethod.Patch, path, body.Json, ct)).ItemId;

    public async Task DeleteAsync(string path, CancellationToken ct)
    {
        using var response = await http.DeleteAsync(path, ct);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
        {
            throw await PsaJson.ErrorAsync(response, ct);
        }
    }

    public Task<AtFields> GetFieldsAsync(string entity, CancellationToken ct) => GetJsonAsync<AtFields>($"{entity}/entityInformation/fields", ct);

    public Task<AtThreshold> GetThresholdInformationAsync(CancellationToken ct) => GetJsonAsync<AtThreshold>("ThresholdInformation", ct);

    private async Task<T> GetJsonAsync<T>(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(path, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await PsaJson.ErrorAsync(response, ct);
        }

        return (await response.Content.ReadFromJsonAsync<T>(PsaJson.Options, ct))!;
    }

    private Task<T> PostAsync<T>(string path, object body, CancellationToken ct) =>
        SendAsync<T>(HttpMethod.Post, path, System.Text.Json.JsonSerializer.Serialize(body, body.GetType(), PsaJson.Options), ct);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, string json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw await PsaJson.ErrorAsync(response, ct);
        }

        return (await response.Content.ReadFromJsonAsync<T>(PsaJson.Options, ct))!;
    }
}
