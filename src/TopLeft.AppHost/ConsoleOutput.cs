namespace TopLeft.AppHost;

// Every child's output and the AppHost's own messages share one console; the lock keeps lines whole.
internal sealed class ConsoleOutput(TextWriter writer, bool useColour)
{
    private const string Reset = "\e[0m";
    private const string Red = "\e[31m";
    private const string Yellow = "\e[33m";
    private const string Bold = "\e[1m";
    private static readonly string[] Palette = ["\e[36m", "\e[35m", "\e[32m", "\e[34m", "\e[96m", "\e[95m", "\e[92m"];

    private readonly Lock gate = new();
    private readonly Dictionary<string, string> colours = [];
    private int prefixWidth;

    public static ConsoleOutput ForConsole() => new(
        Console.Out,
        useColour: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);

    // Prefixes are padded to the longest name so child output lines up.
    public void Register(string resourceName)
    {
        lock (gate)
        {
            colours.TryAdd(resourceName, Palette[colours.Count % Palette.Length]);
            prefixWidth = Math.Max(prefixWidth, resourceName.Length + 2);
        }
    }

    public void Line(string resourceName, string text)
    {
        lock (gate)
        {
            var prefix = $"[{resourceName}]".PadRight(prefixWidth);
            writer.WriteLine(useColour && colours.TryGetValue(resourceName, out var colour)
                ? $"{colour}{prefix}{Reset} {text}"
                : $"{prefix} {text}");
            writer.Flush();
        }
    }

    public void Info(string text) => Write(Bold, text);

    public void Warning(string text) => Write(Yellow, text);

    public void Error(string text) => Write(Red, text);

    private void Write(string colour, string text)
    {
        lock (gate)
        {
            writer.WriteLine(useColour ? $"{colour}{text}{Reset}" : text);
            writer.Flush();
        }
    }
}
