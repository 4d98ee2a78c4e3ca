using Microsoft.EntityFrameworkCore;
using TopLeft.Integrations.Contracts.Events;
using TopLeft.Licensing.Contracts.Events;
using TopLeft.Licensing.Data;
using TopLeft.Licensing.Domain;
using TopLeft.Shared.Data;
using TopLeft.Shared.Messaging;

namespace TopLeft.Licensing.Features.SyncMembers;

/// <summary>
/// Keeps the local member copy in step with the PSA. A deactivated member loses their license (the seat is freed)
/// and, until then, the visibility query already ignores inactive members. Idempotent: a repeated delivery changes
/// nothing and bumps no version.
/// </summary>
internal sealed class MemberSyncHandler(LicensingDbContext db, TimeProvider time)
    : IIntegrationEventHandler<MemberSynced>, IIntegrationEventHandler<MemberDeactivated>
{
    public async Task HandleAsync(MemberSynced @event, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.PsaId == @event.PsaId, cancellationToken);
        var displayName = $"{@event.FirstName} {@event.LastName}".Trim();
        if (member is not null && member.IsActive && member.UserName == @event.UserName && member.Email == @event.Email && member.DisplayName == displayName)
        {
            return;
        }

        // Name and e-mail decide which signed-in user is this member, so cached answers must go.
        await db.BumpVersionAsync(cancellationToken);
        if (member is null)
        {
            member = new Member { PsaId = @event.PsaId };
            db.Members.Add(member);
        }

        member.UserName = @event.UserName;
        member.NormalizedUserName = Member.Normalize(@event.UserName) ?? "";
        member.Email = @event.Email;
        member.NormalizedEmail = Member.Normalize(@event.Email);
        member.DisplayName = displayName;
        member.IsActive = true;
        member.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task HandleAsync(MemberDeactivated @event, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.PsaId == @event.PsaId, cancellationToken);
        var license = await db.LicensedMembers.SingleOrDefaultAsync(l => l.PsaMemberId == @event.PsaId, cancellationToken);
        if (member is { IsActive: false } && license is null)
        {
            return;
        }

        var version = await db.BumpVersionAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (member is null)
        {
            member = new Member { PsaId = @event.PsaId, UserName = @event.UserName, NormalizedUserName = Member.Normalize(@event.UserName) ?? "" };
            db.Members.Add(member);
        }

        member.IsActive = false;
        member.UpdatedAt = now;
        if (license is not null)
        {
            db.LicensedMembers.Remove(license);
            db.Changes.Add(new LicensingChange
            {
                At = now, Kind = LicensingChange.MemberDeactivatedKind,
                Summary = $"{@event.UserName} is inactive in the PSA; their license was freed (version {version}).",
            });
            var remaining = await db.LicensedMembers.Where(l => l.PsaMemberId != @event.PsaId).Select(l => l.PsaMemberId).OrderBy(id => id).ToListAsync(cancellationToken);
            db.Publish(new LicensesChanged(version, remaining, [], [@event.PsaId]));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
