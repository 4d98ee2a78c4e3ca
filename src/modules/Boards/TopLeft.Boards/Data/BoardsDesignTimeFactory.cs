using TopLeft.Shared.Data;

namespace TopLeft.Boards.Data;

internal sealed class BoardsDesignTimeFactory() : ModuleDesignTimeFactory<BoardsDbContext>(BoardsDbContext.SchemaName);
