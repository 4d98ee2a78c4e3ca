using Microsoft.EntityFrameworkCore;
using TopLeft.Shared.Tenancy;
using TopLeft.Testing;

namespace TopLeft.Shared.Tests.Data;

public sealed class TenantIsolationTests : IAsyncLifetime
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid TenantB = Guid.NewGuid();
    private PostgresDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync();
        await using var context = NotesDbContext.For(_database.ConnectionString, Tenant(TenantA));
        await context.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Queries_see_only_the_current_tenants_rows_without_any_where_clause()
    {
        await Write(TenantA, "a1", "a2");
        await Write(TenantB, "b1");

        await using var asA = NotesDbContext.For(_database.ConnectionString, Tenant(TenantA));
        await using var asB = NotesDbContext.For(_database.ConnectionString, Tenant(TenantB));

        (await asA.Notes.Select(n => n.Text).OrderBy(t => t).ToListAsync()).ShouldBe(["a1", "a2"]);
        (await asB.Notes.Select(n => n.Text).ToListAsync()).ShouldBe(["b1"]);
        (await asB.Notes.CountAsync(n => n.Text == "a1")).ShouldBe(0);
    }

    [Fact]
    public async Task Without_a_tenant_nothing_is_visible_and_nothing_can_be_written()
    {
        await Write(TenantA, "a1");
        await using var anonymous = NotesDbContext.For(_database.ConnectionString, new TenantContext());

        (await anonymous.Notes.CountAsync()).ShouldBe(0);
        anonymous.Notes.Add(new Note { Text = "orphan" });
        await Should.ThrowAsync<InvalidOperationException>(() => anonymous.SaveChangesAsync());
    }

    [Fact]
    public async Task A_row_of_another_tenant_cannot_be_saved_through_this_tenants_context()
    {
        await using var asA = NotesDbContext.For(_database.ConnectionString, Tenant(TenantA));

        asA.Notes.Add(new Note { TenantId = TenantB, Text = "smuggled" });

        await Should.ThrowAsync<InvalidOperationException>(() => asA.SaveChangesAsync());
    }

    [Fact]
    public async Task New_rows_are_stamped_with_the_current_tenant()
    {
        await Write(TenantB, "b1");

        var stamped = await _database.ScalarAsync<Guid>("SELECT \"TenantId\" FROM notes.\"Notes\" LIMIT 1");

        stamped.ShouldBe(TenantB);
    }

    private async Task Write(Guid tenant, params string[] texts)
    {
        await using var context = NotesDbContext.For(_database.ConnectionString, Tenant(tenant));
        context.Notes.AddRange(texts.Select(t => new Note { Text = t }));
        await context.SaveChangesAsync();
    }

    private static TenantContext Tenant(Guid id)
    {
        var tenant = new TenantContext();
        tenant.Set(id, "t" + id.ToString("N")[..6]);
        return tenant;
    }
}
