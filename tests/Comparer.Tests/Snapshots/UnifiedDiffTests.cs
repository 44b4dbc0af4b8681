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
}
