using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TopLeft.Boards.Domain;

namespace TopLeft.Boards.Data.Configurations;

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> builder)
    {
        builder.ToTable("boards");
        builder.HasKey(b => b.Id);
        builder.HasIndex(b => new { b.TenantId, b.Name }).IsUnique();
        builder.Property(b => b.Name).HasMaxLength(120);
        builder.OwnsOne(b => b.Filter, f => f.ToJson("filter"));
        builder.HasMany(b => b.Columns).WithOne().HasForeignKey(c => c.BoardId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Columns).AutoInclude();
    }
}

internal sealed class BoardColumnConfiguration : IEntityTypeConfiguration<BoardColumn>
{
    public void Configure(EntityTypeBuilder<BoardColumn> builder)
    {
        builder.ToTable("board_columns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(80);
    }
}

internal sealed class CardRankConfiguration : IEntityTypeConfiguration<CardRank>
{
    public void Configure(EntityTypeBuilder<CardRank> builder)
    {
        builder.ToTable("card_ranks");
        builder.HasKey(r => new { r.TenantId, r.Kind, r.PsaId });
    }
}

internal sealed class CardEventConfiguration : IEntityTypeConfiguration<CardEvent>
{
    public void Configure(EntityTypeBuilder<CardEvent> builder)
    {
        builder.ToTable("card_events");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.TenantId, e.Kind, e.PsaId, e.At });
        builder.Property(e => e.By).HasMaxLength(200);
        builder.Property(e => e.What).HasMaxLength(2000);
    }
}

internal sealed class CardStatusSinceConfiguration : IEntityTypeConfiguration<CardStatusSince>
{
    public void Configure(EntityTypeBuilder<CardStatusSince> builder)
    {
        builder.ToTable("card_status_since");
        builder.HasKey(s => new { s.TenantId, s.Kind, s.PsaId });
    }
}

internal sealed class BoardVisitConfiguration : IEntityTypeConfiguration<BoardVisit>
{
    public void Configure(EntityTypeBuilder<BoardVisit> builder)
    {
        builder.ToTable("board_visits");
        builder.HasKey(v => new { v.TenantId, v.UserId });
    }
}
