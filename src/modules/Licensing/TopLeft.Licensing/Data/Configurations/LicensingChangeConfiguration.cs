using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TopLeft.Licensing.Domain;

namespace TopLeft.Licensing.Data.Configurations;

internal sealed class LicensingChangeConfiguration : IEntityTypeConfiguration<LicensingChange>
{
    public void Configure(EntityTypeBuilder<LicensingChange> builder)
    {
        builder.ToTable("changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasMaxLength(40);
        builder.Property(c => c.ByName).HasMaxLength(256);
        builder.Property(c => c.Summary).HasMaxLength(2000);
        builder.Property(c => c.BillingReference).HasMaxLength(200);
        builder.HasIndex(c => new { c.TenantId, c.At });
    }
}
