using System.Text.Json;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Sharding;

/// <summary>`migrate --shard K/N` splits one post office across runners: the shards' outputs together are one unsharded run's, byte for byte.</summary>
public sealed class MigrateShardTests : IClassFixture<MigrateShardTests.PostOfficeFixture>, IDisposable
{
    private readonly PostOfficeFixture _postOffice;
    private readonly TempFolder _root = new();

    public MigrateShardTests(PostOfficeFixture postOffice) => _postOffice = postOffice;

    [Theory]
    [InlineData("eml", 3)]
    [InlineData("mbox", 2)]
    public async Task TheUnionOfEveryShardsOutputEqualsOneUnshardedRunByteForByte(string target, int shards)
    {
        var whole = await MigrateAsync(target, "whole");
        var union = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var k = 1; k <= shards; k++)
        {
            foreach (var (file, bytes) in Files(await MigrateAsync(target, $"shard-{k}", "--shard", $"{k}/{shards}")))
            {
                Assert.True(union.TryAdd(file, bytes), $"{file} is written by more than one shard");
            }
        }

        var expected = Files(whole);
        Assert.Equal(expected.Keys, union.Keys);
        Assert.All(expected, e => Assert.True(e.Value.AsSpan().SequenceEqual(union[e.Key]), $"{e.Key} differs"));
    }

    [Fact]
    public async Task EachShardReportsOnlyItsOwnMailboxesAndTogetherTheyAccountForEveryMessage()
    {
        var whole = Report(await MigrateAsync("eml", "whole"));
        var mailboxes = new List<string>();
        var messages = 0;
        for (var k = 1; k <= 3; k++)
        {
            var report = Report(await MigrateAsync("eml", $"shard-{k}", "--shard", $"{k}/3"));
            var names = report.GetProperty("mailboxes").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToList();
            Assert.NotEmpty(names);
            mailboxes.AddRange(names);
            messages += report.GetProperty("totals").GetProperty("source").GetInt32();
        }

        var all = whole.GetProperty("mailboxes").EnumerateArray().Select(m => m.GetProperty("name").GetString()!);
        Assert.Equal(all.Order(StringComparer.Ordinal), mailboxes.Order(StringComparer.Ordinal));
        Assert.Equal(whole.GetProperty("totals").GetProperty("source").GetInt32(), messages);
    }

    public void Dispose() => _root.Dispose();

    private async Task<string> MigrateAsync(string target, string name, params string[] extra)
    {
        var output = Path.Combine(_root.Path, target + "-" + name);
        var result = await InProcessCli.RunAsync(["migrate", "--source", _postOffice.PostOffice, "--target", target, "--out", output, .. extra]);
        Assert.True(result.Code == 0, result.Text);
        return output;
    }

    /// <summary>Every output file but the run's own report and lock, by relative path.</summary>
    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith("migration-report", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);

    private static JsonElement Report(string output) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "migration-report.json"))).RootElement.Clone();

    /// <summary>A realistic post office with mailboxes of different sizes and duplicate-prone names.</summary>
    public sealed class PostOfficeFixture : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();

        /// <summary>The post office folder.</summary>
        public string PostOffice => Path.Combine(_folder.Path, "po");

        public async Task InitializeAsync()
        {
            var result = await InProcessCli.RunAsync("generate", "--profile", "realistic", "--users", "9", "--messages", "120", "--seed", "7", "--format", "db8", "--out", _folder.Path, "--force");
            Assert.True(result.Code == 0, result.Text);
        }

        public Task DisposeAsync()
        {
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
