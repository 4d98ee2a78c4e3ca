using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TopLeft.Accounts.ApiTokens;
using TopLeft.Accounts.Audit;
using TopLeft.Accounts.Invitations;
using TopLeft.Accounts.Onboarding;
using TopLeft.Accounts.Tenants;
using TopLeft.Accounts.Users;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Data;

// Identity's stores need its context base, so this one implements IModuleDbContext itself instead of
// deriving from ModuleDbContext, and applies the same ModuleModel rules.
internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options, ITenantContext tenant, IOutboxSignal? signal = null)
    : IdentityUserContext<AppUser, Guid>(options), IModuleDbContext
{
    public const string SchemaName = "accounts";

    public string Schema => SchemaName;

    public Guid CurrentTenantId => tenant.TenantId;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<OnboardingEmail> OnboardingEmails => Set<OnboardingEmail>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModuleModel.Build(builder, this);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        ModuleModel.SaveAsync(this, tenant, signal, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ModuleModel.StampTenant(ChangeTracker, tenant);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
