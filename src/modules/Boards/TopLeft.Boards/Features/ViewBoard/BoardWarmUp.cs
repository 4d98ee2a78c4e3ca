using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TopLeft.Boards.Access;
using TopLeft.Boards.Data;
using TopLeft.Licensing.Contracts;
using TopLeft.Shared.Security;
using TopLeft.Shared.Tenancy;

namespace TopLeft.Boards.Features.ViewBoard;

/// <summary>
/// After start, reads the boards of workspaces used in the last week into <see cref="BoardViewCache"/> (and so has the
/// whole read path compiled), so the first person to open a board after a deploy or a restart does not wait for it.
/// Until it is done the instance reports itself not ready on /health (never on /alive), so a load balancer that
/// waits for readiness sends it no board reads yet. Afterwards it forgets snapshots nobody used for ten minutes.
/// </summary>
internal sealed partial class BoardWarmUp(
    IServiceScopeFactory scopes, BoardViewCache cache, IHostApplicationLifetime lifetime, IConfiguration configuration, TimeProvider time,
    ILogger<BoardWarmUp> log) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan Recent = TimeSpan.FromDays(7);
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private volatile string? _warming = "Boards are being read into the cache.";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_warming is { } what ? HealthCheckResult.Unhealthy(what) : HealthCheckResult.Healthy());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (configuration.GetValue("Boards:WarmUp:Enabled", true))
            {
                await WhenStartedAsync(stoppingToken);
                await WarmAsync(configuration.GetValue("Boards:WarmUp:MaxBoards", 50), stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed warm-up costs the first reader some time, nothing else: never keep the instance unready for it.
            LogWarmUpFailed(e);
        }
        finally
        {
            _warming = null;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            cache.Trim(Idle);
        }
    }

    private Task WhenStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(started.SetResult);
        return started.Task.WaitAsync(stoppingToken);
    }

    private async Task WarmAsync(int maxBoards, CancellationToken ct)
    {
        List<(Guid Tenant, Guid Board)> boards;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BoardsDbContext>();
            var since = time.GetUtcNow() - Recent;
            var rows = await db.Boards.IgnoreQueryFilters().AsNoTracking().IgnoreAutoIncludes()
                .Where(b => db.Visits.IgnoreQueryFilters().Any(v => v.TenantId == b.TenantId && v.LastViewedAt > since))
                .OrderBy(b => b.TenantId).ThenBy(b => b.Name).Take(maxBoards)
                .Select(b => new { b.TenantId, b.Id }).ToListAsync(ct);
            boards = rows.Select(r => (r.TenantId, r.Id)).ToList();
        }

        foreach (var (tenant, board) in boards)
        {
            // One scope per board: the board, the licensing snapshot and the access check serve both snapshots.
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Set(tenant, slug: "");
            var db = scope.ServiceProvider.GetRequiredService<BoardsDbContext>();
            var reader = scope.ServiceProvider.GetRequiredService<CardReader>();
            var visibility = await scope.ServiceProvider.GetRequiredService<ILicensingModule>().GetVisibilityAsync(ct);
            if (await db.Boards.AsNoTracking().FirstOrDefaultAsync(b => b.Id == board, ct) is not { } found)
            {
                continue;
            }

            var access = new BoardAccess(found, visibility, Scope: null, ActingMemberPsaId: null, UserName: "warm-up", UserId: null);
            foreach (var admin in new[] { false, true })
            {
                await cache.GetAsync(tenant, board, admin, visibility.Version, () => reader.ReadAllAsync(access, admin, CancellationToken.None));
            }

            // The access check every board request makes (portal scope, license policy): compiled now rather than on the
            // first reader's time. A made-up user without a license; only the code path matters.
            var nobody = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, Guid.Empty.ToString()), new Claim(UserClaims.Tenant, tenant.ToString("D")), new Claim(UserClaims.Kind, "member")],
                authenticationType: "warm-up"));
            await scope.ServiceProvider.GetRequiredService<BoardAccessResolver>().ResolveAsync(nobody, found, ct);
        }

        LogWarmedUp(boards.Count);
    }

    [LoggerMessage(LogLevel.Information, "Read {Count} recently used boards into the cache.")]
    private partial void LogWarmedUp(int count);

    [LoggerMessage(LogLevel.Warning, "Warming the board cache failed; boards are read on first use instead.")]
    private partial void LogWarmUpFailed(Exception exception);
}
