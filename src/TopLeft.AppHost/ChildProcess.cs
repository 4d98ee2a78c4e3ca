using System.Diagnostics;

namespace TopLeft.AppHost;

// A long-running child whose output is streamed with its resource's prefix.
// It runs in its own session (setsid) so that a terminal Ctrl+C reaches only the AppHost, which then
// stops children in reverse order; signalling the child's process group also reaches grandchildren,
// such as the application that `dotnet run` launches.
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildProcess(Process process) => this.process = process;

    // Also the id of its process group, as setsid made it the group's leader.
    public int Id => process.Id;

    // Completes with the exit code when the child ends, for whatever reason.
    public Task<int> Exited => exited.Task;

    public static ChildProcess Start(
        string resourceName,
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?> environment,
        string workingDirectory,
        ConsoleOutput output)
    {
        var startInfo = new ProcessStartInfo("setsid", [fileName, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.Exited += (_, _) => child.exited.TrySetResult(process.ExitCode);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;

        void Forward(string? line)
        {
            if (line is not null)
            {
                output.Line(resourceName, line);
            }
        }
    }

    public async Task StopAsync(string signal, TimeSpan grace)
    {
        if (Exited.IsCompleted)
        {
            return;
        }

        await SignalGroupAsync(signal);
        if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
        {
            await SignalGroupAsync("KILL");
            await Exited;
        }
    }

    public void Dispose() => process.Dispose();

    // setsid made the child a process-group leader, so -pid addresses the whole group.
    private Task SignalGroupAsync(string signal) =>
        Command.RunAsync("kill", ["-s", signal, "--", $"-{process.Id}"]);
}
