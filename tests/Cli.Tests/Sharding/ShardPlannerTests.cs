using MailMig.Fidelity.Cli.Sharding;

namespace MailMig.Fidelity.Cli.Tests.Sharding;

/// <summary>The planner splits cases greedily, longest first, and the same input always gives the same parts.</summary>
public sealed class ShardPlannerTests
{
    [Fact]
    public void GreedyLongestFirstPutsTheLongCaseAloneAndBalancesTheRest()
    {
        var durations = new Dictionary<string, double> { ["a"] = 10, ["b"] = 4, ["c"] = 3, ["d"] = 2, ["e"] = 1 };

        var shards = ShardPlanner.Partition(["a", "b", "c", "d", "e"], durations, 2);

        Assert.Equal(["a"], shards[0]);
        Assert.Equal(["b", "c", "d", "e"], shards[1]);
    }

    [Fact]
    public void ACaseWithNoRecordedDurationCountsAsTheMedianOfTheKnownOnes()
    {
        var durations = new Dictionary<string, double> { ["a"] = 5, ["b"] = 1, ["c"] = 3 };

        Assert.Equal(3, ShardPlanner.Estimate("new-case", durations));
        Assert.Equal(ShardPlanner.DefaultSeconds, ShardPlanner.Estimate("new-case", new Dictionary<string, double>()));
    }

    [Theory]
    [InlineData("1/1", null)]
    [InlineData("3/5", null)]
    [InlineData("0/3", "K must be from 1 to 3")]
    [InlineData("4/3", "K must be from 1 to 3")]
    [InlineData("1/0", "N must be from 1")]
    [InlineData("two", "write K/N")]
    [InlineData("1/2/3", "write K/N")]
    [InlineData("-1/2", "write K/N")]
    public void AShardIsKOfNWithKFromOneToN(string text, string? problem)
    {
        var found = ShardSpec.Problem(text);

        if (problem is null)
        {
            Assert.Null(found);
            Assert.Equal(text, ShardSpec.Parse(text).ToString());
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryCaseLandsInExactlyOnePartForAnyDurations()
    {
        var names = Enumerable.Range(0, 40).Select(i => $"case-{i:D2}").ToList();
        var durations = names.Where((_, i) => i % 3 != 0).ToDictionary(n => n, n => 1.0 + (n.GetHashCode(StringComparison.Ordinal) & 0xff) / 10.0);

        for (var n = 1; n <= 7; n++)
        {
            var parts = ShardPlanner.Partition(names, durations, n);
            Assert.Equal(names, parts.SelectMany(p => p).Order(StringComparer.Ordinal));
            Assert.All(parts, p => Assert.Equal(p.Order(StringComparer.Ordinal), p));
        }
    }
}
