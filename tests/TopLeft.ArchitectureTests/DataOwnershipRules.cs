using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Tenancy;

namespace TopLeft.ArchitectureTests;

/// <summary>A module's model keeps every table in its own schema and filters every tenant-owned entity.</summary>
internal static class DataOwnershipRules
{
    public static IReadOnlyList<string> Check(DbContext context, string schema)
    {
        var violations = new List<string>();
        foreach (var entity in context.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is not null && entity.GetSchema() != schema)
            {
                violations.Add($"{entity.ClrType.Name} is stored in schema '{entity.GetSchema()}', not the module's '{schema}'.");
            }

            if (typeof(ITenantOwned).IsAssignableFrom(entity.ClrType) && entity.BaseType is null && entity.GetDeclaredQueryFilters().Count == 0)
            {
                violations.Add($"{entity.ClrType.Name} belongs to a tenant but has no tenant query filter.");
            }
        }

        return violations;
    }
}
