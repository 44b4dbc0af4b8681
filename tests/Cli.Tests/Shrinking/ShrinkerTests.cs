using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Shrinking;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Shrinking;

/// <summary>Shrinking a file of dozens of messages against candidates that crash, drop a Cc recipient or misread cp850.</summary>
public sealed class ShrinkerTests
{
    [Fact]
    public async Task A_crash_on_attmail_shrinks_to_one_message_that_is_1_minimal_and_still_crashes()
    {
        var original = ShrinkExports.Build(culprit: 17, ["Cc: jdoe at ATTMAIL"]);
        var (result, oracle) = await ShrinkAsync(new AttmailCrashRunner(), differential: true, original);

        Assert.Equal("crashed (signal 6)", result.Kept);
        await AssertOneMinimalMessageAsync(result, oracle);
    }

    [Fact]
    public async Task A_dropped_cc_recipient_shrinks_to_one_message_that_is_1_minimal_and_still_differs_in_cc()
    {
        var original = ShrinkExports.Build(culprit: 0, [], ccEvery: 5);
        var (result, oracle) = await ShrinkAsync(new FaultyRunner("drop-cc"), differential: true, original);

        Assert.Equal("differs: cc", result.Kept);
        await AssertOneMinimalMessageAsync(result, oracle);
    }

    [Fact]
    public async Task A_cp850_misread_as_cp437_shrinks_to_one_message_that_is_1_minimal_and_still_differs()
    {
        var original = ShrinkExports.Build(culprit: 23, [], subjectExtra: " São Paulo Øresund");
        var (result, oracle) = await ShrinkAsync(new FaultyRunner("cp437"), differential: true, original);

        Assert.StartsWith("differs: ", result.Kept, StringComparison.Ordinal);
        await AssertOneMinimalMessageAsync(result, oracle);
        Assert.Contains(result.Shrunk.Blocks[0].Headers, h => h.Text.Any(b => b >= 0x80));
    }

    [Fact]
    public async Task A_candidate_that_fails_nothing_is_refused_with_nothing_to_shrink()
    {
        var original = ShrinkExports.Build(culprit: 0, [], ccEvery: 5);
        using var work = new TempFolder();
        var shrinker = new Shrinker(new FailureOracle(new InProcessMigratorRunner(), true, "UTC", work.Path, "export.txt"));

        var refusal = await Assert.ThrowsAsync<ShrinkException>(() => shrinker.ShrinkAsync(original));
        Assert.StartsWith("nothing to shrink", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shrinking_the_same_file_twice_gives_the_same_bytes()
    {
        var original = ShrinkExports.Build(culprit: 9, ["To: jdoe at ATTMAIL"]);
        var (first, _) = await ShrinkAsync(new AttmailCrashRunner(), differential: false, original);
        var (second, _) = await ShrinkAsync(new AttmailCrashRunner(), differential: false, original);

        Assert.Equal(first.Shrunk.ToBytes(), second.Shrunk.ToBytes());
    }

    private static async Task<(ShrinkResult Result, FailureOracle Oracle)> ShrinkAsync(IMigratorRunner runner, bool differential, byte[] original)
    {
        var work = Directory.CreateTempSubdirectory("mailmig-shrink-test-").FullName;
        var oracle = new FailureOracle(runner, differential, "Europe/Berlin", work, "export.txt");
        var result = await new Shrinker(oracle).ShrinkAsync(original);
        Assert.True(result.Complete);
        return (result, oracle);
    }

    /// <summary>One message is left, it fails the same way, and removing any one header line, address element or item stops the failure.</summary>
    private static async Task AssertOneMinimalMessageAsync(ShrinkResult result, FailureOracle oracle)
    {
        Assert.Single(result.Shrunk.Blocks);
        Assert.True(result.After.Has(result.Kept, prefix: false), $"the shrunk file fails as: {result.After}");
        Assert.Equal(result.Shrunk.ToBytes(), RawExportParser.Parse(result.Shrunk.ToBytes()).ToBytes());
        foreach (var level in new ShrinkLevel[] { new ItemsLevel(), new HeaderLinesLevel(), new AddressElementsLevel() })
        {
            foreach (var unit in level.Units(result.Shrunk))
            {
                var smaller = level.Without(result.Shrunk, new HashSet<UnitKey> { unit });
                var fingerprint = await oracle.FingerprintAsync(smaller.ToBytes());
                Assert.False(fingerprint.Has(result.Kept, prefix: false), $"removing {level.Name} {unit} still fails: {fingerprint}");
            }
        }
    }
}
