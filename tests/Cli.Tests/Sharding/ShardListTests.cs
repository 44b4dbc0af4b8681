using System.Text.Json;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Sharding;

/// <summary>`run --list --shard K/N` splits the corpus into N parts that together hold every case exactly once, balanced by recorded durations.</summary>
public sealed class ShardListTests
{
    [Fact]
    public async Task ListingEveryShardOfOneToFiveGivesAPartitionOfTheCorpus()
    {
        var all = await ListAsync();
        Assert.True(all.Count > 5, $"only {all.Count} cases listed");

        for (var n = 1; n <= 5; n++)
        {
            var seen = new List<string>();
            for (var k = 1; k <= n; k++)
            {
                var shard = await ListAsync("--shard", $"{k}/{n}");
                Assert.NotEmpty(shard);
                seen.AddRange(shard);
            }

            Assert.Equal(all.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task TheJsonListNamesEachCaseWithItsRecordedDurationAndShard()
    {
        var result = await InProcessCli.RunAsync("run", "--corpora", RepositoryPaths.Corpora, "--list", "--json", "--shard", "2/3");
        Assert.True(result.Code == 0, result.Text);

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("2/3", json.RootElement.GetProperty("shard").GetString());
        var cases = json.RootElement.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal(await ListAsync("--shard", "2/3"), cases.Select(c => c.GetProperty("name").GetString()!).ToList());
        Assert.All(cases, c => Assert.True(c.GetProperty("durationSeconds").GetDouble() > 0));
    }

    [Fact]
    public async Task RecordingDurationsWritesTheRunCasesIntoTheCorporaDurationsFile()
    {
        using var corpora = new TempFolder();
        CopyCase("fault-attmail-address", corpora.Path);
        using var report = new TempFolder();

        var (code, output) = await GateRun.InvokeAsync("--corpora", corpora.Path, "--report", report.Path, "--record-durations");

        Assert.True(code == 0, output);
        var file = Path.Combine(corpora.Path, "durations.json");
        Assert.True(File.Exists(file), "no durations.json was written");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.True(json.RootElement.GetProperty("cases").GetProperty("fault-attmail-address").GetDouble() > 0, File.ReadAllText(file));
    }

    private static async Task<List<string>> ListAsync(params string[] extra)
    {
        var result = await InProcessCli.RunAsync(["run", "--corpora", RepositoryPaths.Corpora, "--list", .. extra]);
        Assert.True(result.Code == 0, result.Text);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }

    private static void CopyCase(string name, string corpora)
    {
        var source = Path.Combine(RepositoryPaths.Corpora, name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(corpora, name, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
