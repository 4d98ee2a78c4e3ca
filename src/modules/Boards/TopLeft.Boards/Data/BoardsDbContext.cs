using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Data;

internal sealed class BoardsDbContext(DbContextOptions<BoardsDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : ModuleDbContext(options, tenant, signal)
{
    public const string SchemaName = "boards";

    public override string Schema => SchemaName;
}
