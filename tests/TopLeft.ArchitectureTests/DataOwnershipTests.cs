using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Data;
using TopLeft.Shared.Tenancy;

namespace TopLeft.ArchitectureTests;

public class DataOwnershipTests
{
    public static TheoryData<string> ModuleContexts() => new(ContextTypes().Select(t => t.FullName!));

    [Fact]
    public void Every_module_has_exactly_one_DbContext_with_its_own_schema()
    {
        var contexts = ContextTypes().ToList();

        contexts.Count.ShouldBe(Solution.Modules.Count);
        contexts.Select(c => Create(c).Schema).ShouldBe(Solution.Modules.Select(m => m.ToLowerInvariant()), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(ModuleContexts))]
    public void A_module_context_keeps_its_tables_in_its_schema_and_filters_by_tenant(string contextType)
    {
        var context = Create(ContextTypes().Single(t => t.FullName == contextType));
        using var db = (DbContext)context;

        DataOwnershipRules.Check(db, context.Schema).ShouldBeEmpty();
    }

    [Fact]
    public void The_checker_reports_a_foreign_schema_and_a_missing_tenant_filter()
    {
        using var context = new LeakyContext();

        var violations = DataOwnershipRules.Check(context, "fixture");

        violations.Count.ShouldBe(2);
        violations.ShouldContain(v => v.Contains("Stray", StringComparison.Ordinal) && v.Contains("'other'", StringComparison.Ordinal));
        violations.ShouldContain(v => v.Contains("Leaky", StringComparison.Ordinal) && v.Contains("no tenant query filter", StringComparison.Ordinal));
    }

    private static IEnumerable<Type> ContextTypes() =>
        Solution.ImplementationAssemblies().SelectMany(a => a.GetTypes())
            .Where(t => typeof(IModuleDbContext).IsAssignableFrom(t) && t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract);

    // Building the model never connects, so a dummy host is enough.
    private static IModuleDbContext Create(Type contextType)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        builder.UseNpgsql("Host=unused");
        return (IModuleDbContext)Activator.CreateInstance(contextType, builder.Options, new TenantContext(), null)!;
    }

    private sealed class Leaky : ITenantOwned
    {
        public int Id { get; set; }

        public Guid TenantId { get; set; }
    }

    private sealed class Stray
    {
        public int Id { get; set; }
    }

    private sealed class LeakyContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseNpgsql("Host=unused");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.HasDefaultSchema("fixture");
            modelBuilder.Entity<Leaky>();
            modelBuilder.Entity<Stray>().ToTable("strays", "other");
        }
    }
}
