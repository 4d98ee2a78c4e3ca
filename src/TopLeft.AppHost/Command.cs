using System.Diagnostics;

namespace TopLeft.AppHost;

internal sealed record CommandResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}

// Short-lived helper commands (initdb, pg_ctl, psql, kill): run to completion, output captured.
internal static class Command
{
    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        using var process = Process.Start(startInfo)
            ?? throw new AppHostException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CommandResult(process.ExitCode, (await stdout + await stderr).Trim());
    }

    // Root runs the PostgreSQL tools as the account that owns the cluster (they refuse root).
    public static Task<CommandResult> RunAsAsync(
        string? user,
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        CancellationToken cancellationToken = default) =>
        user is null
            ? RunAsync(fileName, arguments, workingDirectory, cancellationToken)
            : RunAsync("runuser", ["-u", user, "--", fileName, .. arguments], workingDirectory, cancellationToken);
}
