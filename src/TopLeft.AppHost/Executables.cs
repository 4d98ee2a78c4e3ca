namespace TopLeft.AppHost;

internal static class Executables
{
    public static string? Find(string name, IEnumerable<string> extraDirectories)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(extraDirectories)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }

    // A pid file can outlive its process, and Linux reuses pids; the process name tells them apart.
    public static bool IsRunning(int pid, string processName)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim() == processName;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static int? ReadPidFile(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var firstLine = File.ReadLines(path).FirstOrDefault();
        return int.TryParse(firstLine, out var pid) ? pid : null;
    }
}
