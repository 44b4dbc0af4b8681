using System.Text.RegularExpressions;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Faults;

public sealed partial class FaultCatalogTests
{
    private static IReadOnlyList<string[]> DocRows()
    {
        var lines = File.ReadAllLines(RepoPaths.Of("docs", "fault-catalog.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("| id |", StringComparison.Ordinal));
        return lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split(" | ").Select(c => c.Trim()).ToArray())
            .ToArray();
    }

    [Fact]
    public void TheDocumentTableAndTheCodeListTheSameIdsInTheSameOrder()
    {
        var docIds = DocRows().Select(r => r[0].Trim('`')).ToArray();
        Assert.Equal(docIds, FaultCatalog.All.Select(f => f.Id).ToArray());
    }

    [Fact]
    public void EveryFaultHasTheDocumentsKbWhereAndOutcome()
    {
        foreach (var row in DocRows())
        {
            var fault = FaultCatalog.Get(row[0].Trim('`'));
            var kb = row[1] == "—" ? [] : row[1].Split(", ");
            Assert.True(kb.SequenceEqual(fault.Kb), $"{fault.Id}: KB '{row[1]}' in the document, '{string.Join(", ", fault.Kb)}' in code");
            Assert.True(row[2] == fault.WhereText, $"{fault.Id}: where '{row[2]}' in the document, '{fault.WhereText}' in code");
            Assert.True(row[4] == fault.OutcomeText, $"{fault.Id}: outcome '{row[4]}' in the document, '{fault.OutcomeText}' in code");
        }
    }

    [Fact]
    public void IdsAreKebabCaseAndBitsAreTheirPositions()
    {
        for (var i = 0; i < FaultCatalog.All.Count; i++)
        {
            Assert.Matches(KebabId(), FaultCatalog.All[i].Id);
            Assert.Equal(i, FaultCatalog.All[i].Bit);
        }

        Assert.True(FaultCatalog.All.Count <= 64, "a FaultSet holds at most 64 faults");
    }

    [Fact]
    public void RepairedAndSkippedFaultsNameTheirIdAndMigratedOnesDoNot()
    {
        foreach (var fault in FaultCatalog.All)
        {
            Assert.Equal(fault.Outcome != FaultOutcome.Migrated, fault.ResultId is not null);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();
}
