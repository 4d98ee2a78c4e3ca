using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TopLeft.Licensing.Domain;

namespace TopLeft.Licensing.Data.Configurations;

internal sealed class LicensingVersionConfiguration : IEntityTypeConfiguration<LicensingVersion>
{
    public void Configure(EntityTypeBuilder<LicensingVersion> builder)
    {
        builder.ToTable("versions");
        builder.HasKey(v => v.TenantId);
        builder.Property(v => v.TenantId).ValueGeneratedNever();
    }
}
