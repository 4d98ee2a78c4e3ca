using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using TopLeft.Boards.Data;
using TopLeft.Shared.Data;

namespace TopLeft.Boards;

/// <summary>The Boards module's one entry point for the Host.</summary>
public static class BoardsModule
{
    public static IHostApplicationBuilder AddBoardsModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<BoardsDbContext>(builder.Configuration, BoardsDbContext.SchemaName);
        return builder;
    }

    public static IEndpointRouteBuilder MapBoardsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/boards").WithTags("Boards");
        return app;
    }
}
