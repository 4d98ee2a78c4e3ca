using System.Text;

namespace TopLeft.AppHost;

// Every resource's port can be overridden: --{name}-port N on the command line, or
// TOPLEFT_{NAME}_PORT in the environment (dashes become underscores); the command line wins.
internal sealed record AppHostArguments(IReadOnlyDictionary<string, int> Ports, bool ShowHelp)
{
    public static AppHostArguments Parse(
        IReadOnlyList<string> args, Func<string, string?> environment, IReadOnlyCollection<string> resourceNames)
    {
        var ports = new Dictionary<string, int>();
        foreach (var name in resourceNames)
        {
            var variable = EnvironmentVariableFor(name);
            if (environment(variable) is { Length: > 0 } value)
            {
                ports[name] = ParsePort(value, variable);
            }
        }

        for (var i = 0; i < args.Count; i++)
        {
            var (option, inlineValue) = args[i].Split('=', 2) is [var o, var v] ? (o, v) : (args[i], null);
            if (option is "-h" or "--help" or "-?")
            {
                return new AppHostArguments(ports, ShowHelp: true);
            }

            var name = option.StartsWith("--", StringComparison.Ordinal) && option.EndsWith("-port", StringComparison.Ordinal)
                ? option[2..^"-port".Length]
                : null;
            if (name is null || !resourceNames.Contains(name))
            {
                throw new AppHostException($"Unknown argument '{args[i]}'; run with --help to see the options.");
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new AppHostException($"{option} needs a port number."));
            ports[name] = ParsePort(value, option);
        }

        return new AppHostArguments(ports, ShowHelp: false);
    }

    public static string EnvironmentVariableFor(string resourceName) =>
        $"TOPLEFT_{resourceName.ToUpperInvariant().Replace('-', '_')}_PORT";

    public static string Usage(IEnumerable<Resource> resources)
    {
        var usage = new StringBuilder("Usage: dotnet run --project src/TopLeft.AppHost [-- options]\n\nOptions:\n");
        foreach (var resource in resources)
        {
            usage.Append($"  --{resource.Name}-port N".PadRight(30))
                .Append($"default {resource.Port}, or {EnvironmentVariableFor(resource.Name)}\n");
        }

        return usage.Append("  --help                      this text").ToString();
    }

    private static int ParsePort(string value, string source) =>
        int.TryParse(value, out var port) && port is > 0 and < 65536
            ? port
            : throw new AppHostException($"{source} must be a port number between 1 and 65535, not '{value}'.");
}
