namespace TopLeft.AppHost;

// pg_ctl detaches the server, so its output only reaches us through the log file it writes.
internal sealed class LogFileTail : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task reading;

    private LogFileTail(string path, Action<string> onLine)
    {
        // The log is appended to across runs; only what this run adds is shown.
        var start = File.Exists(path) ? new FileInfo(path).Length : 0;
        reading = ReadAsync(path, start, onLine, stop.Token);
    }

    public static LogFileTail Start(string path, Action<string> onLine) => new(path, onLine);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await reading;
        stop.Dispose();
    }

    private static async Task ReadAsync(string path, long start, Action<string> onLine, CancellationToken cancellationToken)
    {
        while (!File.Exists(path) && !cancellationToken.IsCancellationRequested)
        {
            await Pause(cancellationToken);
        }

        if (!File.Exists(path))
        {
            return;
        }

        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        reader.BaseStream.Seek(start, SeekOrigin.Begin);
        while (true)
        {
            // One last read after cancellation picks up the shutdown lines.
            var stopping = cancellationToken.IsCancellationRequested;
            while (await reader.ReadLineAsync(CancellationToken.None) is { } line)
            {
                onLine(line);
            }

            if (stopping)
            {
                return;
            }

            await Pause(cancellationToken);
        }
    }

    private static async Task Pause(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
