using System.Net.Http.Headers;
using TopLeft.Testing;

namespace TopLeft.Branding.Tests;

/// <summary>Two workspaces with their admins, plus raw-body uploads with the browser's cookies and anti-forgery header.</summary>
public sealed class BrandingFixture : WorkspaceFixture
{
    /// <summary>Sends raw bytes as the request body with the same cookies and anti-forgery header as <paramref name="client"/>.</summary>
    public async Task<HttpResponseMessage> UploadAsync(ApiClient client, string slug, string path, HttpContent content)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = client.Cookies, AllowAutoRedirect = false }) { BaseAddress = App.BaseAddress };
        http.DefaultRequestHeaders.Host = $"{slug}.localhost:{App.BaseAddress.Port}";
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = content };
        if (client.Cookies.GetCookies(App.BaseAddress)["XSRF-TOKEN"] is { } token)
        {
            request.Headers.Add("X-XSRF-TOKEN", Uri.UnescapeDataString(token.Value));
        }

        request.Headers.ExpectContinue = true;
        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> UploadAsync(ApiClient client, string slug, string slot, byte[] bytes, string contentType = "image/png")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return UploadAsync(client, slug, $"/api/branding/logos/{slot}", content);
    }
}

[CollectionDefinition(nameof(BrandingCollection))]
public sealed class BrandingCollection : ICollectionFixture<BrandingFixture>;
