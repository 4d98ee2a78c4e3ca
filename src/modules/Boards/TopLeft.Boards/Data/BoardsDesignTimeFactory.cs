using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Data;

// Lets `dotnet ef migrations add` build the model without starting the Host; it never connects.
internal sealed class BoardsDesignTimeFactory : IDesignTimeDbContextFactory<BoardsDbContext>
{
    public BoardsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<BoardsDbContext>()
            .UseNpgsql("Host=design-time", o => o.MigrationsHistoryTable("__EFMigrationsHistory", BoardsDbContext.SchemaName))
            .Options,
        new TenantContext());
}
