using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace TopLeft.Testing;

/// <summary>
/// A browser-like HTTP client for one tenant: keeps cookies, and sends the anti-forgery header the SPA sends
/// (read from the XSRF-TOKEN cookie that GET /api/session issues).
/// </summary>
public sealed class ApiClient : IDisposable
{
    private readonly CookieContainer _cookies;
    private readonly HttpClient _http;
    private readonly Uri _base;

    public ApiClient(TopLeftApp app, string? slug, CookieContainer? cookies = null)
    {
        _cookies = cookies ?? new CookieContainer();
        _base = app.BaseAddress;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        if (slug is not null)
        {
            _http.DefaultRequestHeaders.Host = $"{slug}.localhost:{app.BaseAddress.Port}";
        }
    }

    /// <summary>The cookie jar, to share one "browser" between tenants in isolation tests.</summary>
    public CookieContainer Cookies => _cookies;

    public HttpRequestHeaders DefaultHeaders => _http.DefaultRequestHeaders;

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<T> GetJsonAsync<T>(string path)
    {
        var response = await GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object? body = null) => SendAsync(HttpMethod.Put, path, body);

    public Task<HttpResponseMessage> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        if (_cookies.GetCookies(_base)["XSRF-TOKEN"] is null)
        {
            await GetAsync("/api/session");
        }

        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (_cookies.GetCookies(_base)["XSRF-TOKEN"] is { } token)
        {
            request.Headers.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(token.Value));
        }

        return await _http.SendAsync(request);
    }

    /// <summary>Re-reads the session (and with it a fresh anti-forgery token, which is bound to the signed-in user).</summary>
    public Task RefreshSessionAsync() => GetAsync("/api/session");

    public void Dispose() => _http.Dispose();
}
