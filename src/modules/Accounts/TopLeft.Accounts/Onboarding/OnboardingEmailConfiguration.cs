using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TopLeft.Accounts.Onboarding;

internal sealed class OnboardingEmailConfiguration : IEntityTypeConfiguration<OnboardingEmail>
{
    public void Configure(EntityTypeBuilder<OnboardingEmail> builder)
    {
        builder.ToTable("onboarding_emails");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.BaseUrl).HasMaxLength(300);
        builder.HasIndex(o => new { o.UserId, o.Step }).IsUnique();
        builder.HasIndex(o => o.DueAt).HasFilter("\"SentAt\" IS NULL");
    }
}
