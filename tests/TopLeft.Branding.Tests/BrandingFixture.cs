using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using TopLeft.Testing;

namespace TopLeft.Branding.Tests;

/// <summary>The real Host with two workspaces made through the sign-up API, and a mail server for invitations.</summary>
public sealed class BrandingFixture : IAsyncLifetime
{
    public const string Password = "correct horse battery";

    public TopLeftApp App { get; private set; } = null!;

    public MailCatcher Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Mail = await MailCatcher.StartAsync();
        var database = await PostgresDatabase.CreateAsync();
        App = new TopLeftApp(database, TestEnvironment.Redis, new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = Mail.SmtpPort.ToString(CultureInfo.InvariantCulture),
        });
        await App.StartAsync();
        await SignUpAsync("acme", "Acme IT", "admin@acme.test");
        await SignUpAsync("globex", "Globex MSP", "admin@globex.test");
    }

    public async Task SignUpAsync(string slug, string company, string email)
    {
        using var anonymous = new ApiClient(App, null);
        var response = await anonymous.PostAsync("/api/accounts/sign-up", new { companyName = company, slug, adminEmail = email, password = Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    public async Task<ApiClient> SignedInAsync(string slug, string userName, string password = Password)
    {
        var client = new ApiClient(App, slug);
        var response = await client.PostAsync("/api/accounts/sign-in", new { username = userName, password, rememberMe = false });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        await client.RefreshSessionAsync();
        return client;
    }

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

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await App.Database.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

[CollectionDefinition(nameof(BrandingCollection))]
public sealed class BrandingCollection : ICollectionFixture<BrandingFixture>;
