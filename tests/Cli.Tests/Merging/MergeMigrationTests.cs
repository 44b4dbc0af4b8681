using System.Text.Json.Nodes;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Merging;

/// <summary>`merge` joins the migration reports of `migrate --shard K/N` into the report one unsharded run writes, byte for byte.</summary>
public sealed class MergeMigrationTests : IClassFixture<MergeMigrationTests.DamagedPostOffice>, IDisposable
{
    private readonly DamagedPostOffice _postOffice;
    private readonly TempFolder _root = new();

    public MergeMigrationTests(DamagedPostOffice postOffice) => _postOffice = postOffice;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task TheMergedReportOfEveryShardEqualsTheUnshardedRunsReportByteForByte(int shards)
    {
        var whole = await MigrateAsync("whole");
        var parts = new List<string>();
        for (var k = 1; k <= shards; k++)
        {
            parts.Add(await MigrateAsync($"part-{k}", "--shard", $"{k}/{shards}"));
        }

        var merged = Path.Combine(_root.Path, "merged");
        var result = await InProcessCli.RunAsync(["merge", "--out", merged, .. parts.AsEnumerable().Reverse()]);

        Assert.True(result.Code == 1, result.Text);
        var expected = File.ReadAllText(Path.Combine(whole, "migration-report.json"));
        Assert.Equal(expected, File.ReadAllText(Path.Combine(merged, "migration-report.json")));
        var report = JsonNode.Parse(expected)!;
        Assert.NotEmpty(report["skipped"]!.AsArray());
        Assert.NotEmpty(report["repaired"]!.AsArray());
        Assert.NotEmpty(report["recovered"]!.AsArray());
    }

    [Fact]
    public async Task MergingPartsThatAreNotEveryPartOfOneRunIsRefused()
    {
        var first = await MigrateAsync("part-1", "--shard", "1/3");
        var second = await MigrateAsync("part-2", "--shard", "2/3");

        var missing = await InProcessCli.RunAsync("merge", "--out", Path.Combine(_root.Path, "m1"), first, second);
        var twice = await InProcessCli.RunAsync("merge", "--out", Path.Combine(_root.Path, "m2"), first, first, second);

        Assert.True(missing.Code == 2, missing.Text);
        Assert.Contains("part 3 of 3", missing.Text, StringComparison.Ordinal);
        Assert.True(twice.Code == 2, twice.Text);
        Assert.Contains("part 1 of 3", twice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergingAMigrationReportWithARunReportIsRefused()
    {
        var part = await MigrateAsync("part-1", "--shard", "1/1");
        var run = Path.Combine(_root.Path, "run");
        Directory.CreateDirectory(run);
        File.WriteAllText(Path.Combine(run, "summary.json"), "{}");
        File.WriteAllText(Path.Combine(run, "junit.xml"), "<testsuites/>");

        var result = await InProcessCli.RunAsync("merge", "--out", Path.Combine(_root.Path, "merged"), part, run);

        Assert.True(result.Code == 2, result.Text);
        Assert.Contains(run, result.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private async Task<string> MigrateAsync(string name, params string[] extra)
    {
        var output = Path.Combine(_root.Path, name);
        var result = await InProcessCli.RunAsync(["migrate", "--source", _postOffice.PostOffice, "--out", output, .. extra]);
        Assert.True(result.Code is 0 or 1, result.Text);
        return output;
    }

    /// <summary>A post office whose store is damaged: repaired and skipped messages, a recovered mailbox, warnings.</summary>
    public sealed class DamagedPostOffice : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();

        /// <summary>The post office folder.</summary>
        public string PostOffice => Path.Combine(_folder.Path, "po");

        public async Task InitializeAsync()
        {
            var result = await InProcessCli.RunAsync("generate", "--profile", "realistic", "--users", "9", "--messages", "120", "--seed", "7", "--format", "db8",
                "--faults", "db8-corrupt-length,db8-dangling-offset,db8-truncated,db8-mailbox-list-damaged,db8-version-damaged,date-formats", "--out", _folder.Path, "--force");
            Assert.True(result.Code == 0, result.Text);
        }

        public Task DisposeAsync()
        {
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
