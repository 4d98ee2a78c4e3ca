using System.Text.Json.Nodes;

namespace TopLeft.Portal.Tests.Features;

[Collection(nameof(PortalCollection))]
public sealed class OpenApiTests(PortalFixture fixture)
{
    [Fact]
    public async Task The_portal_api_is_in_the_openapi_document_with_summaries()
    {
        using var http = fixture.App.ClientFor(PortalFixture.Slug);

        var document = JsonNode.Parse(await http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        var paths = document["paths"]!.AsObject();
        foreach (var path in new[] { "/api/portal/companies", "/api/portal/companies/{companyPsaId}/contacts", "/api/portal/contacts/{contactPsaId}/invitation",
            "/api/portal/boards/{boardId}/options", "/api/portal/view-as", "/api/portal/cloudradial/hand-off" })
        {
            paths.ContainsKey(path).ShouldBeTrue(path);
            paths[path]!.AsObject().Select(o => (string?)o.Value!["summary"]).ShouldAllBe(s => !string.IsNullOrWhiteSpace(s), path);
        }
    }
}
