using TopLeft.Shared.Tenancy;

namespace TopLeft.Accounts.Onboarding;

/// <summary>One e-mail of the onboarding series, scheduled when the invitation is sent.</summary>
internal sealed class OnboardingEmail : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; init; }

    public int Step { get; init; }

    public required string BaseUrl { get; init; }

    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }
}
