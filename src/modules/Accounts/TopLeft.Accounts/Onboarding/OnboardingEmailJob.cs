using Microsoft.EntityFrameworkCore;
using Quartz;
using TopLeft.Accounts.Data;
using TopLeft.Accounts.Email;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;

namespace TopLeft.Accounts.Onboarding;

/// <summary>
/// Sends the onboarding series on the days after an invitation. Each mail is queued in the same transaction
/// that marks its step sent, so a step is never skipped nor sent twice by this job.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class OnboardingEmailJob(AccountsDbContext db, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("accounts-onboarding-emails");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        // The job serves every tenant, so it reads past the tenant filter on purpose.
        var due = await db.OnboardingEmails.IgnoreQueryFilters()
            .Where(o => o.SentAt == null && o.DueAt <= now)
            .OrderBy(o => o.DueAt).Take(200)
            .ToListAsync(cancellationToken);
        foreach (var step in due)
        {
            var user = await db.Users.IgnoreQueryFilters().SingleOrDefaultAsync(u => u.Id == step.UserId, cancellationToken);
            step.SentAt = now;
            if (user is { IsDisabled: false, Email.Length: > 0 })
            {
                var (subject, text, html) = EmailTemplates.Onboarding(step.Step, user.DisplayName, new Uri(step.BaseUrl));
                db.Publish(new EmailRequested(user.Email!, user.DisplayName, subject, text, html));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
