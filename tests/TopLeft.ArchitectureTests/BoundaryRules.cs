namespace TopLeft.ArchitectureTests;

/// <summary>
/// The module boundary as a pure function of an assembly's name and the names it references, so the same
/// rule checks compiled assemblies, project files and hand-made fixtures.
/// </summary>
internal static class BoundaryRules
{
    private static readonly string[] HostingAssemblies = ["TopLeft.Host", "TopLeft.AppHost", "TopLeft.ServiceDefaults"];
    private static readonly string[] KernelAssemblies = ["TopLeft.Shared", "TopLeft.ServiceDefaults"];

    public static IReadOnlyList<string> Check(string assembly, IEnumerable<string> references, IReadOnlyCollection<string> modules)
    {
        var violations = new List<string>();
        var owner = ModuleOf(assembly, modules);
        var isContracts = assembly.EndsWith(".Contracts", StringComparison.Ordinal);

        foreach (var reference in references.Distinct())
        {
            var target = ModuleOf(reference, modules);
            var targetIsContracts = reference.EndsWith(".Contracts", StringComparison.Ordinal);

            if (KernelAssemblies.Contains(assembly) && target is not null)
            {
                violations.Add($"{assembly} is shared infrastructure and must not reference module {reference}.");
            }

            if (owner is null)
            {
                continue;
            }

            if (HostingAssemblies.Contains(reference))
            {
                violations.Add($"{assembly} must not depend on the hosting assembly {reference}.");
            }

            if (isContracts)
            {
                // A contract may speak another module's public vocabulary (a Boards event names a work item by the
                // Integrations WorkItemRef), never its implementation. Project references cannot form cycles, so
                // contracts stay a layer below every module.
                if (reference.StartsWith("TopLeft.", StringComparison.Ordinal) && reference != "TopLeft.Shared" && !(target is not null && targetIsContracts))
                {
                    violations.Add($"{assembly} is a contract and may reference only TopLeft.Shared and other contracts, not {reference}.");
                }

                if (reference.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                    || reference.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
                {
                    violations.Add($"{assembly} is a contract and must not expose {reference}.");
                }
            }
            else if (target is not null && target != owner && !targetIsContracts)
            {
                violations.Add($"{assembly} reaches into module {target}'s internals ({reference}); use TopLeft.{target}.Contracts.");
            }
        }

        return violations;
    }

    /// <summary>The module an assembly belongs to (TopLeft.Boards and TopLeft.Boards.Contracts → Boards), or null.</summary>
    private static string? ModuleOf(string assembly, IReadOnlyCollection<string> modules)
    {
        var name = assembly.EndsWith(".Contracts", StringComparison.Ordinal) ? assembly[..^".Contracts".Length] : assembly;
        return modules.FirstOrDefault(m => name == $"TopLeft.{m}");
    }
}
