using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TopLeft.Accounts.Users;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        // Identity makes user names unique across the table; ours are unique per tenant.
        var userName = builder.Metadata.FindProperty(nameof(AppUser.NormalizedUserName))!;
        if (builder.Metadata.FindIndex(userName) is { } globalIndex)
        {
            builder.Metadata.RemoveIndex(globalIndex);
        }

        builder.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique().HasDatabaseName("UserNameIndex");
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PsaId).HasMaxLength(64);
        builder.Ignore(u => u.KindName);
    }
}
