using TopLeft.Integrations.Features.Realtime;

namespace TopLeft.Integrations.Tests.Features.Realtime;

/// <summary>Note reads wait while callbacks are being claimed, and go ahead once the callback lane is quiet or after the longest wait.</summary>
public sealed class CallbackLaneActivityTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Note_reads_go_ahead_at_once_when_no_callback_was_ever_claimed()
    {
        var activity = new CallbackLaneActivity(TimeProvider.System) { Quiet = TimeSpan.FromMinutes(1), MaxYield = TimeSpan.FromMinutes(1) };

        await activity.YieldAsync(CancellationToken.None).WaitAsync(HangGuard);
    }

    [Fact]
    public async Task Note_reads_wait_while_callbacks_keep_coming_and_go_ahead_once_they_stop()
    {
        var activity = new CallbackLaneActivity(TimeProvider.System) { Quiet = TimeSpan.FromSeconds(2), MaxYield = TimeSpan.FromMinutes(1) };
        using var stop = new CancellationTokenSource();
        activity.Busy();
        var callbacks = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                activity.Busy();
                await Task.Delay(50);
            }
        });

        var noteReads = activity.YieldAsync(CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1));
        noteReads.IsCompleted.ShouldBeFalse();

        await stop.CancelAsync();
        await callbacks;
        await noteReads.WaitAsync(HangGuard);
    }

    [Fact]
    public async Task Note_reads_never_wait_longer_than_the_longest_yield()
    {
        var activity = new CallbackLaneActivity(TimeProvider.System) { Quiet = TimeSpan.FromMinutes(10), MaxYield = TimeSpan.FromMilliseconds(300) };
        activity.Busy();

        await activity.YieldAsync(CancellationToken.None).WaitAsync(HangGuard);
    }
}
