using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TopLeft.Boards.Access;
using TopLeft.Boards.Contracts;
using TopLeft.Boards.Data;
using TopLeft.Boards.Features.CardActions;
using TopLeft.Boards.Features.LiveUpdates;
using TopLeft.Boards.Features.ManageBoards;
using TopLeft.Boards.Features.MoveCard;
using TopLeft.Boards.Features.ViewBoard;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Security;

namespace TopLeft.Boards;

/// <summary>The Boards module's one entry point for the Host.</summary>
public static class BoardsModule
{
    public static IHostApplicationBuilder AddBoardsModule(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddModuleDbContext<BoardsDbContext>(builder.Configuration, BoardsDbContext.SchemaName);
        services.AddScoped<BoardAccessResolver>();
        services.AddScoped<CardReader>();
        services.AddSingleton<BoardViewCache>();
        services.AddSingleton<BoardWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<BoardWarmUp>());
        services.AddHealthChecks().AddCheck<BoardWarmUp>("boards-warm-up");
        services.AddScoped<IIntegrationEventHandler<SyncCompleted>, ReferenceDataEventsHandler>();
        services.AddScoped<IIntegrationEventHandler<MemberSynced>, ReferenceDataEventsHandler>();
        services.AddScoped<IIntegrationEventHandler<MemberDeactivated>, ReferenceDataEventsHandler>();
        services.AddScoped<StatusCatalog>();
        services.AddScoped<MoveCardHandler>();
        services.AddScoped<CardActionContext>();
        services.AddScoped<BoardNotifier>();
        services.AddSingleton<BoardsOfKind>();
        services.AddScoped<IBoardsModule, BoardsModuleApi>();
        services.AddScoped<WorkItemEventsHandler>();
        services.AddScoped<IIntegrationEventHandler<WorkItemChanged>>(sp => sp.GetRequiredService<WorkItemEventsHandler>());
        services.AddScoped<IIntegrationEventHandler<WorkItemDeleted>>(sp => sp.GetRequiredService<WorkItemEventsHandler>());
        services.AddScoped<IIntegrationEventHandler<WriteBackFailed>>(sp => sp.GetRequiredService<WorkItemEventsHandler>());
        services.AddScoped<IIntegrationEventHandler<WriteBackSucceeded>>(sp => sp.GetRequiredService<WorkItemEventsHandler>());
        return builder;
    }

    public static IEndpointRouteBuilder MapBoardsEndpoints(this IEndpointRouteBuilder app)
    {
        var boards = app.MapGroup("/api/boards").WithTags("Boards").RequireAuthorization(Policies.SignedIn);
        boards.MapViewBoard();
        boards.MapMoveCard();
        boards.MapCardActions();
        boards.MapManageBoards();
        return app;
    }
}
