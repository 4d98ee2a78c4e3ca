using System.Xml.Linq;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TopLeft.ArchitectureTests;

public class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleAssemblyNames() => new(Solution.ModuleAssemblies().Select(a => a.GetName().Name!));

    public static TheoryData<string> ProjectFiles() => new(
        Directory.GetFiles(Path.Combine(Solution.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Solution.Root, p)));

    [Fact]
    public void Every_module_folder_has_a_compiled_implementation_assembly()
    {
        Solution.Modules.ShouldNotBeEmpty();
        Solution.ImplementationAssemblies().Select(a => a.GetName().Name)
            .ShouldBe(Solution.Modules.Select(m => $"TopLeft.{m}"), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblyNames))]
    public void A_module_assembly_references_only_what_the_boundary_allows(string assemblyName)
    {
        var assembly = System.Reflection.Assembly.Load(assemblyName);

        var violations = BoundaryRules.Check(assemblyName, assembly.GetReferencedAssemblies().Select(a => a.Name!), Solution.Modules);

        violations.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ProjectFiles))]
    public void A_project_file_references_only_what_the_boundary_allows(string projectFile)
    {
        var references = XDocument.Load(Path.Combine(Solution.Root, projectFile))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')));

        var violations = BoundaryRules.Check(Path.GetFileNameWithoutExtension(projectFile), references, Solution.Modules);

        violations.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblyNames))]
    public void A_module_implementation_exposes_only_its_entry_point(string assemblyName)
    {
        if (assemblyName.EndsWith(".Contracts", StringComparison.Ordinal))
        {
            return;
        }

        var module = assemblyName["TopLeft.".Length..];

        var exposed = System.Reflection.Assembly.Load(assemblyName).GetExportedTypes()
            .Where(t => t.Name != $"{module}Module" && !typeof(Migration).IsAssignableFrom(t))
            .Select(t => t.FullName);

        exposed.ShouldBeEmpty();
    }
}
