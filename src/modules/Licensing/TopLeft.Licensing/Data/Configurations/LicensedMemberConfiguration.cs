using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TopLeft.Licensing.Domain;

namespace TopLeft.Licensing.Data.Configurations;

internal sealed class LicensedMemberConfiguration : IEntityTypeConfiguration<LicensedMember>
{
    public void Configure(EntityTypeBuilder<LicensedMember> builder)
    {
        builder.ToTable("licensed_members");
        builder.HasKey(l => new { l.TenantId, l.PsaMemberId });
    }
}
