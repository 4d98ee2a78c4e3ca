using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TopLeft.Branding.Domain;

namespace TopLeft.Branding.Data.Configurations;

internal sealed class LogoConfiguration : IEntityTypeConfiguration<Logo>
{
    public void Configure(EntityTypeBuilder<Logo> builder)
    {
        builder.ToTable("logos");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Slot).HasMaxLength(20);
        builder.Property(l => l.Hash).HasMaxLength(64);
        builder.Property(l => l.ContentType).HasMaxLength(50);
        builder.Property(l => l.Extension).HasMaxLength(10);
        builder.Ignore(l => l.Url);
        builder.HasIndex(l => new { l.TenantId, l.Slot }).IsUnique();
    }
}
