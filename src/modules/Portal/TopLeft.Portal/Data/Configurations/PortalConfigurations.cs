using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TopLeft.Portal.Domain;

namespace TopLeft.Portal.Data.Configurations;

internal sealed class LicensedCompanyConfiguration : IEntityTypeConfiguration<LicensedCompany>
{
    public void Configure(EntityTypeBuilder<LicensedCompany> builder)
    {
        builder.ToTable("licensed_companies");
        builder.HasKey(c => new { c.TenantId, c.CompanyPsaId });
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.LicensedBy).HasMaxLength(200);
    }
}

internal sealed class PortalContactConfiguration : IEntityTypeConfiguration<PortalContact>
{
    public void Configure(EntityTypeBuilder<PortalContact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => new { c.TenantId, c.ContactPsaId });
        builder.HasIndex(c => new { c.TenantId, c.CompanyPsaId });
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.Email).HasMaxLength(320);
    }
}

internal sealed class BoardPortalSettingsConfiguration : IEntityTypeConfiguration<BoardPortalSettings>
{
    public void Configure(EntityTypeBuilder<BoardPortalSettings> builder)
    {
        builder.ToTable("board_options");
        builder.HasKey(b => new { b.TenantId, b.BoardId });
    }
}

internal sealed class ViewAsSessionConfiguration : IEntityTypeConfiguration<ViewAsSession>
{
    public void Configure(EntityTypeBuilder<ViewAsSession> builder)
    {
        builder.ToTable("view_as_sessions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.TenantId, v.AdminUserId, v.EndedAt });
        builder.Property(v => v.AdminName).HasMaxLength(200);
        builder.Property(v => v.ContactName).HasMaxLength(200);
    }
}

internal sealed class PortalSettingsConfiguration : IEntityTypeConfiguration<PortalSettings>
{
    public void Configure(EntityTypeBuilder<PortalSettings> builder)
    {
        builder.ToTable("settings");
        builder.HasKey(s => s.TenantId);
    }
}

internal sealed class UsedHandOffConfiguration : IEntityTypeConfiguration<UsedHandOff>
{
    public void Configure(EntityTypeBuilder<UsedHandOff> builder)
    {
        builder.ToTable("used_hand_offs");
        builder.HasKey(u => new { u.TenantId, u.Nonce });
        builder.Property(u => u.Nonce).HasMaxLength(64);
    }
}

internal sealed class HandledEventConfiguration : IEntityTypeConfiguration<HandledEvent>
{
    public void Configure(EntityTypeBuilder<HandledEvent> builder)
    {
        builder.ToTable("handled_events");
        builder.HasKey(e => new { e.TenantId, e.EventId });
    }
}
