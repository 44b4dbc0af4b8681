using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Comparer.Tests.Snapshots;

public class UnifiedDiffTests
{
    [Fact]
    public void EqualTextsHaveAnEmptyDiff()
    {
        Assert.Equal("", UnifiedDiff.Create("a\nb", "a\nb"));
    }

    [Fact]
    public void AChangedLineIsShownWithThreeLinesOfContext()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 10).Select(i => "line " + i));
        var actual = expected.Replace("line 5", "line five", StringComparison.Ordinal);

        Assert.Equal("--- verified\n+++ received\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8",
            UnifiedDiff.Create(expected, actual));
    }

    [Fact]
    public void DistantChangesMakeSeparateHunksAndCloseOnesOne()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 30).Select(i => "line " + i));
        var actual = expected.Replace("line 2\n", "", StringComparison.Ordinal).Replace("line 25", "x", StringComparison.Ordinal).Replace("line 27", "y", StringComparison.Ordinal);

        var diff = UnifiedDiff.Create(expected, actual);

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -1,5 +1,4 @@\n line 1\n-line 2\n line 3", diff);
    }

    [Fact]
    public void AnEmptyVerifiedTextShowsEveryReceivedLineAsAdded()
    {
        Assert.Equal("--- (no verified file)\n+++ received\n@@ -0,0 +1,2 @@\n+a\n+b", UnifiedDiff.Create("", "a\nb", "(no verified file)"));
    }

    [Fact]
    public void AHeavilyChangedLargeTextGivesABoundedDiffThatCountsTheRest()
    {
        var expected = string.Join('\n', Enumerable.Range(1, 20_000).Select(i => "line " + i));
        var actual = string.Join('\n', Enumerable.Range(1, 20_000).Select(i => i % 2 == 0 ? "changed " + i : "line " + i));

        var diff = UnifiedDiff.Create(expected, actual);

        var lines = diff.Split('\n');
        Assert.True(lines.Length < 2_000, $"{lines.Length} lines");
        Assert.Equal(500, lines.Count(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)) + lines.Count(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)));
        Assert.EndsWith("… and 19500 more changed lines", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void AOneLineChangeInAVeryLongTextIsFoundExactly()
    {
        var lines = Enumerable.Range(1, 200_000).Select(i => "body line " + i).ToArray();
        var expected = string.Join('\n', lines);
        lines[150_000] = "body line changed";

        var diff = UnifiedDiff.Create(expected, string.Join('\n', lines));

        Assert.Equal("--- verified\n+++ received\n@@ -149998,7 +149998,7 @@\n body line 149998\n body line 149999\n body line 150000\n-body line 150001\n+body line changed\n body line 150002\n body line 150003\n body line 150004", diff);
    }

    [Fact]
    public void AMinimalDiffIsStillFoundAroundInsertionsAndDeletions()
    {
        string[] a = ["a", "b", "c", "a", "b", "b", "a"];
        string[] b = ["c", "b", "a", "b", "a", "c"];

        var blocks = LineDiff.Compute(a, b);

        Assert.Equal(5, blocks.Sum(x => x.DeleteCount + x.InsertCount));
        Assert.Equal(b, Apply(a, b, blocks));
    }

    private static List<string> Apply(string[] a, string[] b, IReadOnlyList<LineBlock> blocks)
    {
        var result = new List<string>();
        var position = 0;
        foreach (var block in blocks)
        {
            result.AddRange(a[position..block.DeleteStart]);
            result.AddRange(b[block.InsertStart..(block.InsertStart + block.InsertCount)]);
            position = block.DeleteStart + block.DeleteCount;
        }

        result.AddRange(a[position..]);
        return result;
    }
}
