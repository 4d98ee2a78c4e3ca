using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TopLeft.Licensing.Domain;

namespace TopLeft.Licensing.Data.Configurations;

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.ToTable("members");
        builder.HasKey(m => new { m.TenantId, m.PsaId });
        builder.Property(m => m.UserName).HasMaxLength(256);
        builder.Property(m => m.NormalizedUserName).HasMaxLength(256);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.NormalizedEmail).HasMaxLength(256);
        builder.Property(m => m.DisplayName).HasMaxLength(256);
        builder.HasIndex(m => new { m.TenantId, m.NormalizedUserName });
        builder.HasIndex(m => new { m.TenantId, m.NormalizedEmail });
    }
}
