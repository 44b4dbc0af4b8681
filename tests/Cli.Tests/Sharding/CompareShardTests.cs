using System.Text.Json;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Comparer.Sharding;

namespace MailMig.Fidelity.Cli.Tests.Sharding;

/// <summary>`compare --shard K/N` checks exactly the mailboxes `migrate --shard K/N` migrated, computed from the manifest with the Comparer's own code.</summary>
public sealed class CompareShardTests : IDisposable
{
    private readonly TempFolder _root = new();

    [Theory]
    [InlineData(3)]
    [InlineData(11)]
    [InlineData(29)]
    public async Task EveryShardOfAMigrationIsPerfectAgainstTheTruthAndChecksTheMailboxesItMigrated(int seed)
    {
        var generated = await GenerateAsync(seed);
        var manifest = Path.Combine(generated, "manifest.jsonl");
        var everyMailbox = new List<string>();
        for (var n = 1; n <= 4; n++)
        {
            for (var k = 1; k <= n; k++)
            {
                var shard = $"{k}/{n}";
                var output = await MigrateAsync(generated, $"s{seed}-{k}of{n}", "--shard", shard);
                var migrated = MigratedMailboxes(output);
                var report = Path.Combine(_root.Path, $"r{seed}-{k}of{n}");

                var result = await InProcessCli.RunAsync("compare", "--actual", output, "--truth", manifest, "--shard", shard, "--report", report);

                Assert.True(result.Code == 0, $"seed {seed}, shard {shard}: {result.Text}");
                var truth = TruthReport(report);
                Assert.Equal("Perfect", truth.GetProperty("grade").GetString());
                Assert.Equal(migrated.Where(m => m.Messages > 0).Select(m => m.Name).Order(StringComparer.Ordinal), CheckedMailboxes(truth));
                Assert.Equal(migrated.Select(m => m.Name).Order(StringComparer.Ordinal), ComparerPart(manifest, k, n));
                if (n == 4)
                {
                    everyMailbox.AddRange(migrated.Select(m => m.Name));
                }
            }
        }

        Assert.Equal(ManifestMailboxReader.Read(manifest).Mailboxes.Select(m => m.Name).Order(StringComparer.Ordinal), everyMailbox.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AShardedCompareOfAnUnshardedOutputReportsTheOtherShardsMailboxesNeitherMissingNorUnexpected()
    {
        var generated = await GenerateAsync(5);
        var manifest = Path.Combine(generated, "manifest.jsonl");
        var whole = await MigrateAsync(generated, "whole");
        for (var k = 1; k <= 3; k++)
        {
            var report = Path.Combine(_root.Path, $"report-{k}");

            var result = await InProcessCli.RunAsync("compare", "--actual", whole, "--truth", manifest, "--shard", $"{k}/3", "--report", report);

            Assert.True(result.Code == 0, result.Text);
            var truth = TruthReport(report);
            Assert.Empty(truth.GetProperty("differences").EnumerateArray());
            var part = ComparerPart(manifest, k, 3);
            Assert.All(CheckedMailboxes(truth), name => Assert.Contains(name, part));
            Assert.NotEmpty(CheckedMailboxes(truth));
        }
    }

    [Fact]
    public async Task AShardedCompareReportsAMailboxOfItsShardThatTheOutputLacksAsMissing()
    {
        var generated = await GenerateAsync(5);
        var manifest = Path.Combine(generated, "manifest.jsonl");
        var output = await MigrateAsync(generated, "shard-2", "--shard", "2/3");
        var lacking = MigratedMailboxes(output).First(m => m.Messages > 0);
        Directory.Delete(Path.Combine(output, lacking.Path), recursive: true);

        var result = await InProcessCli.RunAsync("compare", "--actual", output, "--truth", manifest, "--shard", "2/3", "--report", Path.Combine(_root.Path, "report"));

        Assert.True(result.Code == 1, result.Text);
        var differences = TruthReport(Path.Combine(_root.Path, "report")).GetProperty("differences").EnumerateArray().ToList();
        Assert.Equal(lacking.Messages, differences.Count);
        Assert.All(differences, d =>
        {
            Assert.Equal(lacking.Name, d.GetProperty("mailbox").GetString());
            Assert.Equal("(missing)", d.GetProperty("actual").GetString());
        });
    }

    [Fact]
    public async Task CompareRefusesAShardWithoutTheTruthOrWithVerifiedSnapshots()
    {
        var generated = await GenerateAsync(5);
        var output = await MigrateAsync(generated, "whole");

        var withoutTruth = await InProcessCli.RunAsync("compare", "--actual", output, "--verified", Path.Combine(_root.Path, "verified"), "--shard", "1/2");
        var badShard = await InProcessCli.RunAsync("compare", "--actual", output, "--truth", Path.Combine(generated, "manifest.jsonl"), "--shard", "3/2");

        Assert.True(withoutTruth.Code == 2, withoutTruth.Text);
        Assert.Contains("--shard", withoutTruth.Text, StringComparison.Ordinal);
        Assert.True(badShard.Code == 2, badShard.Text);
        Assert.Contains("--shard", badShard.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();

    private async Task<string> GenerateAsync(int seed)
    {
        var folder = Path.Combine(_root.Path, "generated-" + seed);
        var result = await InProcessCli.RunAsync("generate", "--profile", "realistic", "--users", "8", "--messages", "60", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "db8", "--out", folder, "--force");
        Assert.True(result.Code == 0, result.Text);
        return folder;
    }

    private async Task<string> MigrateAsync(string generated, string name, params string[] extra)
    {
        var output = Path.Combine(_root.Path, name);
        var result = await InProcessCli.RunAsync(["migrate", "--source", Path.Combine(generated, "po"), "--out", output, .. extra]);
        Assert.True(result.Code is 0 or 1, result.Text);
        return output;
    }

    private static List<(string Name, string Path, int Messages)> MigratedMailboxes(string output)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "migration-report.json")));
        return [.. json.RootElement.GetProperty("mailboxes").EnumerateArray()
            .Select(m => (m.GetProperty("name").GetString()!, m.GetProperty("path").GetString()!, m.GetProperty("source").GetInt32()))];
    }

    private static JsonElement TruthReport(string reportFolder)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(reportFolder, "report.json")));
        return json.RootElement.GetProperty("truth").Clone();
    }

    private static IEnumerable<string> CheckedMailboxes(JsonElement truth) =>
        truth.GetProperty("mailboxes").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> ComparerPart(string manifest, int part, int parts) =>
        MailboxScope.For(ManifestMailboxReader.Read(manifest).Mailboxes, new MailboxPartition(part, parts)).Names.Order(StringComparer.Ordinal).ToList();
}
