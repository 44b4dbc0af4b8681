using System.Text.Json.Nodes;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Merging;

/// <summary>`merge` joins the report folders of a sharded run into the reports one unsharded run makes (times, timestamps and host aside).</summary>
public sealed class MergeRunTests : IDisposable
{
    /// <summary>A few small corpus cases, one with an approved skip, so the test stays fast.</summary>
    internal static readonly string[] Cases = ["fault-attmail-address", "fault-db8-truncated", "fault-size-wrong", "fault-date-formats"];

    private readonly TempFolder _root = new();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task MergedReportsOfEveryShardEqualTheUnshardedRun(int shards)
    {
        var whole = await RunAsync("whole");
        var parts = new List<string>();
        for (var k = 1; k <= shards; k++)
        {
            parts.Add(await RunAsync($"shard-{k}", "--shard", $"{k}/{shards}"));
        }

        var merged = Path.Combine(_root.Path, "merged");
        var result = await InProcessCli.RunAsync(["merge", "--out", merged, .. parts]);

        Assert.True(result.Code == 0, result.Text);
        ReportAssert.SameRun(whole, merged, [.. parts]);
    }

    [Fact]
    public async Task MergeExitsOneWhenAnyShardHasAFailedCase()
    {
        var part = await RunAsync("shard-1", "--shard", "1/2");
        var summary = Path.Combine(part, "summary.json");
        var json = JsonNode.Parse(File.ReadAllText(summary))!;
        json["cases"]![0]!["passed"] = false;
        json["cases"]![0]!["failures"] = new JsonArray("the first message missing in source order is X");
        File.WriteAllText(summary, json.ToJsonString());

        var result = await InProcessCli.RunAsync("merge", "--out", Path.Combine(_root.Path, "merged"), part, await RunAsync("shard-2", "--shard", "2/2"));

        Assert.True(result.Code == 1, result.Text);
        var merged = JsonNode.Parse(File.ReadAllText(Path.Combine(_root.Path, "merged", "summary.json")))!;
        Assert.Equal((Cases.Length, 1), ((int)merged["total"]!, (int)merged["failed"]!));
    }

    [Fact]
    public async Task MergingTwoShardsThatRanTheSameCaseIsRefused()
    {
        var part = await RunAsync("shard-1", "--shard", "1/2");

        var result = await InProcessCli.RunAsync("merge", "--out", Path.Combine(_root.Path, "merged"), part, part);

        Assert.True(result.Code == 2, result.Text);
        Assert.Contains("more than one", result.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private async Task<string> RunAsync(string name, params string[] extra)
    {
        var report = Path.Combine(_root.Path, name);
        var args = new List<string> { "run", "--corpora", RepositoryPaths.Corpora, "--report", report };
        args.AddRange(Cases.SelectMany(c => new[] { "--case", c }));
        args.AddRange(extra);
        var result = await InProcessCli.RunAsync([.. args]);
        Assert.True(result.Code == 0, result.Text);
        return report;
    }
}
