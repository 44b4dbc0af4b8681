using System.Reflection;
using System.Xml.Linq;
using MailMig.Fidelity.Architecture.Tests.Support;
using NetArchTest.Rules;

namespace MailMig.Fidelity.Architecture.Tests.Dependencies;

/*
 * Two views of the same rule, because each catches what the other cannot: the compiled code (a
 * type that uses another project's type, checked with NetArchTest over the built assemblies) and
 * the project files (a <ProjectReference> the compiler would silently drop while nothing uses it
 * yet, but which makes the next use one line away).
 */
public sealed class ProjectReferenceTests
{
    [Theory]
    [MemberData(nameof(AllowedReferences.Projects), MemberType = typeof(AllowedReferences))]
    public void NoTypeOfAProjectUsesATypeOfAProjectItMayNotReference(string project)
    {
        var assembly = Assembly.Load(new AssemblyName(AllowedReferences.NamespaceOf(project)));
        var forbidden = AllowedReferences.ForbiddenFor(project).Select(AllowedReferences.NamespaceOf).ToArray();

        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        Assert.True(result.IsSuccessful,
            $"{project} may reference only [{string.Join(", ", AllowedReferences.Table[project])}], but these of its types use "
            + $"[{string.Join(", ", forbidden)}]: {string.Join(", ", result.FailingTypeNames ?? [])}");
        Assert.NotEmpty(Types.InAssembly(assembly).GetTypes());
    }

    [Theory]
    [MemberData(nameof(AllowedReferences.Projects), MemberType = typeof(AllowedReferences))]
    public void NoProjectFileReferencesAProjectItMayNotReference(string project)
    {
        var referenced = ProjectReferencesOf(RepositoryPaths.Of("src", project, project + ".csproj"));

        var forbidden = referenced.Except(AllowedReferences.Table[project]).ToList();

        Assert.True(forbidden.Count == 0,
            $"src/{project}/{project}.csproj references [{string.Join(", ", forbidden)}]; it may reference only [{string.Join(", ", AllowedReferences.Table[project])}] (docs/architecture.md)");
    }

    [Fact]
    public void EveryProjectUnderSrcHasARowInTheAllowedReferencesTable()
    {
        var projects = Directory.EnumerateFiles(RepositoryPaths.Of("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(AllowedReferences.Table.Keys.Order(StringComparer.Ordinal), projects);
    }

    [Fact]
    public void TheProjectFilesGiveExactlyTheDocumentedGraph()
    {
        foreach (var (project, allowed) in AllowedReferences.Table)
        {
            var referenced = ProjectReferencesOf(RepositoryPaths.Of("src", project, project + ".csproj"));
            Assert.Equal(allowed.Order(StringComparer.Ordinal), referenced.Order(StringComparer.Ordinal));
        }
    }

    // The project names (file names without .csproj) of every <ProjectReference Include="..."> of a project file.
    private static List<string> ProjectReferencesOf(string csproj) =>
        [.. XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(reference => (string?)reference.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))];
}
