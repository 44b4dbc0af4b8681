using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Tests.Commands;

public sealed class CompareTruthOnlyTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailmig-cli-tests", Guid.NewGuid().ToString("N"));

    public CompareTruthOnlyTests()
    {
        Directory.CreateDirectory(_root);
        CompareCommandTests.WriteOutput(PathOf("actual"), CompareCommandTests.Eml(1), CompareCommandTests.Eml(2));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string name) => Path.Combine(_root, name);

    private static Task<(int Code, string Output, string Error)> Compare(params string[] args) =>
        CompareCommandTests.Run(CompareCommand.Create(SnapshotEnvironment.FromVariables(new Dictionary<string, string>())), ["compare", .. args]);

    private void Manifest(params string[] lines) =>
        File.WriteAllLines(PathOf("manifest.jsonl"), ["{\"record\":\"header\",\"format\":\"mailmig-fidelity/manifest@1\"}", .. lines]);

    [Fact]
    public async Task TruthWithoutVerifiedRunsTheGroundTruthCheckAlone()
    {
        Manifest(CompareCommandTests.ManifestLine(1), CompareCommandTests.ManifestLine(2));

        var (code, output, error) = await Compare("--actual", PathOf("actual"), "--truth", PathOf("manifest.jsonl"));

        Assert.Equal((0, ""), (code, error));
        Assert.Contains("run grade Perfect", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Snapshots:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruthWithoutVerifiedStillFindsDifferences()
    {
        Manifest(CompareCommandTests.ManifestLine(1), CompareCommandTests.ManifestLine(2, subject: "Other"));

        var (code, output, _) = await Compare("--actual", PathOf("actual"), "--truth", PathOf("manifest.jsonl"));

        Assert.Equal(1, code);
        Assert.Contains("subject", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeitherVerifiedNorTruthIsAUsageError()
    {
        var (code, _, error) = await Compare("--actual", PathOf("actual"));

        Assert.Equal(2, code);
        Assert.Contains("--verified", error, StringComparison.Ordinal);
        Assert.Contains("--truth", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty file")]
    [InlineData("header only")]
    [InlineData("a program")]
    [InlineData("a directory")]
    public async Task AManifestWithNoMessageLinesOrUnreadableIsOneUsageErrorLineNamingTheFile(string kind)
    {
        var path = kind switch
        {
            "empty file" => PathOf("empty.jsonl"),
            "header only" => PathOf("manifest.jsonl"),
            "a program" => "/bin/ls",
            _ => _root,
        };
        if (kind == "empty file")
        {
            File.WriteAllText(path, "");
        }

        if (kind == "header only")
        {
            Manifest();
        }

        var (code, _, error) = await Compare("--actual", PathOf("actual"), "--truth", path);

        // A folder is refused while parsing (naming --truth and the path), a bad file when it is read; either is one error line.
        Assert.Equal(2, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.True(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 2, error);
    }

    [Fact]
    public async Task ManyBadLinesAreOneLineNamingTheFirstAndCountingTheRest()
    {
        Manifest(CompareCommandTests.ManifestLine(1), "not json", "{\"record\":\"message\"}", "also not json");

        var (code, _, error) = await Compare("--actual", PathOf("actual"), "--truth", PathOf("manifest.jsonl"));

        Assert.Equal(2, code);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: " + PathOf("manifest.jsonl") + ":3: ", line, StringComparison.Ordinal);
        Assert.Contains("and 2 more bad lines", line, StringComparison.Ordinal);
    }
}
