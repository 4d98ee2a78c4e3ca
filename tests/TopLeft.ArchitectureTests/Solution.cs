using System.Reflection;

namespace TopLeft.ArchitectureTests;

/// <summary>The modules as the folder list under src/modules says, and their assemblies.</summary>
internal static class Solution
{
    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<string> Modules { get; } =
        Directory.GetDirectories(Path.Combine(Root, "src", "modules")).Select(Path.GetFileName).OfType<string>().Order().ToList();

    public static IEnumerable<Assembly> ModuleAssemblies() =>
        Modules.SelectMany(m => new[] { $"TopLeft.{m}", $"TopLeft.{m}.Contracts" })
            .Where(name => File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll")))
            .Select(Assembly.Load);

    public static IEnumerable<Assembly> ImplementationAssemblies() =>
        ModuleAssemblies().Where(a => !a.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TopLeft.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TopLeft.sln not found");
    }
}
