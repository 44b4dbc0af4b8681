using System.Text.RegularExpressions;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Faults;

/*
 * A fault is one type in src/Generator/Faults: everything about it (its row, its planning
 * constraints, how it is applied and located) lives in that file, so adding one never means editing
 * a switch elsewhere. This scan keeps it so: outside that folder no source names a fault, neither as
 * its id string ("read-status") nor as the PascalCase constant the ids once had (ReadStatus).
 */

/// <summary>No source outside src/Generator/Faults names a fault, so adding a fault touches one file.</summary>
public sealed class FaultOwnershipTests
{
    private static readonly string Src = RepoPaths.Of("src");

    [Fact]
    public void NoFileOutsideTheFaultsFolderNamesAFaultId()
    {
        var findings = SourceFiles()
            .SelectMany(file => Findings(file, File.ReadAllText(file)))
            .ToArray();
        Assert.True(findings.Length == 0, "fault ids named outside src/Generator/Faults:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void EveryFaultIsATypeNamedAfterItsIdInItsOwnFile()
    {
        foreach (var type in FaultCatalog.Types)
        {
            var id = type.Descriptor.Id;
            var name = type.GetType().Name;
            Assert.True(name == Pascal(id) + "Fault", $"{id}: the type is {name}, not {Pascal(id)}Fault");
            Assert.Equal(typeof(FaultType).Namespace, type.GetType().Namespace);
            var file = Path.Combine(Src, "Generator", "Faults", name + ".cs");
            Assert.True(File.Exists(file), $"{id}: no file {Path.GetRelativePath(Src, file)}");
            Assert.Contains($"\"{id}\"", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> SourceFiles()
    {
        var faults = Path.Combine(Src, "Generator", "Faults") + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(faults, StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    // The Migrator's repair and skip ids may share a fault's spelling (attachment-unreadable,
    // db8-truncated): there they name an outcome, not the fault. The projects that can see the
    // catalog (Generator, Cli) may not even do that, nor name a fault by its PascalCase constant.
    private static IEnumerable<string> Findings(string file, string text)
    {
        var relative = Path.GetRelativePath(Src, file).Replace('\\', '/');
        var seesCatalog = relative.StartsWith("Generator/", StringComparison.Ordinal) || relative.StartsWith("Cli/", StringComparison.Ordinal);
        var outcomeIds = FaultCatalog.All.Select(f => f.ResultId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var fault in FaultCatalog.All)
        {
            if (text.Contains($"\"{fault.Id}\"", StringComparison.Ordinal) && (seesCatalog || !outcomeIds.Contains(fault.Id)))
            {
                yield return $"{relative}: the string \"{fault.Id}\"";
            }

            if (seesCatalog && Regex.IsMatch(text, $@"\b{Pascal(fault.Id)}\b", RegexOptions.IgnoreCase))
            {
                yield return $"{relative}: the name {Pascal(fault.Id)} ({fault.Id})";
            }
        }

        if (seesCatalog && Regex.IsMatch(text, @"\bFaultIds\b"))
        {
            yield return $"{relative}: the id constants FaultIds";
        }
    }

    /// <summary>The PascalCase form of a kebab-case id: <c>long-header-4k</c> is <c>LongHeader4k</c>.</summary>
    internal static string Pascal(string id) =>
        string.Concat(id.Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
