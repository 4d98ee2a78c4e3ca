using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TopLeft.Integrations.Psa;
using TopLeft.Shared.Security;

namespace TopLeft.Integrations.Features.Connection;

internal static class ConnectionEndpoints
{
    public static void MapConnection(this RouteGroupBuilder group)
    {
        var admin = group.MapGroup("/connection").RequireAuthorization(Policies.Admin);
        admin.MapGet("", async Task<Results<Ok<ConnectionResponse>, NotFound>> (ConnectionHandler handler, CancellationToken ct) =>
            await handler.GetAsync(ct) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound()).WithName("GetPsaConnection");
        admin.MapPut("", async Task<Results<Ok<ConnectionResponse>, ProblemHttpResult>> (ConnectionRequest request, ConnectionHandler handler, CancellationToken ct) =>
        {
            try
            {
                return TypedResults.Ok(await handler.SaveAsync(request, ct));
            }
            catch (Exception ex) when (ex is PsaApiException or HttpRequestException or InvalidOperationException or UriFormatException)
            {
                return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The connection could not be saved");
            }
        }).WithName("SavePsaConnection");
        admin.MapPost("/test", async (ConnectionRequest request, ConnectionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.TestAsync(request, ct))).WithName("TestPsaConnection");
    }
}
