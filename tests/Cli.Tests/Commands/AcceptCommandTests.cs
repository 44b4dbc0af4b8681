using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Tests.Commands;

public sealed class AcceptCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mailmig-cli-tests", Guid.NewGuid().ToString("N"));

    public AcceptCommandTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(string name) => Path.Combine(_root, name);

    private static SnapshotEnvironment Local() => SnapshotEnvironment.FromVariables(new Dictionary<string, string>());

    private static SnapshotEnvironment Ci() => SnapshotEnvironment.FromVariables(new Dictionary<string, string> { ["CI"] = "true" });

    [Fact]
    public async Task AcceptingAnOutputFolderMakesTheNextCompareMatch()
    {
        CompareCommandTests.WriteOutput(PathOf("actual"), CompareCommandTests.Eml(1), CompareCommandTests.Eml(2));

        var accept = await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", "--actual", PathOf("actual"), "--verified", PathOf("verified"));
        var compare = await CompareCommandTests.Run(CompareCommand.Create(Local()), "compare", "--actual", PathOf("actual"), "--verified", PathOf("verified"));

        Assert.Equal((0, 0), (accept.Code, compare.Code));
        Assert.Contains("2 messages: 2 snapshots written or removed", accept.Output);
    }

    [Fact]
    public async Task AcceptingReceivedFilesAfterACompareMakesTheNextCompareMatch()
    {
        CompareCommandTests.WriteOutput(PathOf("actual"), CompareCommandTests.Eml(1));
        Directory.CreateDirectory(PathOf("verified"));
        var first = await CompareCommandTests.Run(CompareCommand.Create(Local()), "compare", "--actual", PathOf("actual"), "--verified", PathOf("verified"));

        var accept = await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", PathOf("verified"));
        var second = await CompareCommandTests.Run(CompareCommand.Create(Local()), "compare", "--actual", PathOf("actual"), "--verified", PathOf("verified"));

        Assert.Equal((1, 0, 0), (first.Code, accept.Code, second.Code));
        Assert.Contains("1 snapshots accepted.", accept.Output);
    }

    [Fact]
    public async Task AcceptingAnEmptyOutputRemovesNoApprovedSnapshotAndSaysWhatItWouldRemove()
    {
        CompareCommandTests.WriteOutput(PathOf("actual"), CompareCommandTests.Eml(1), CompareCommandTests.Eml(2));
        await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", "--actual", PathOf("actual"), "--verified", PathOf("verified"));
        Directory.CreateDirectory(PathOf("empty"));

        var (code, output, _) = await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", "--actual", PathOf("empty"), "--verified", PathOf("verified"));

        Assert.Equal(0, code);
        Assert.Equal(2, Directory.EnumerateFiles(PathOf("verified"), "*.verified.txt", SearchOption.AllDirectories).Count());
        Assert.Contains("would remove 2 approved snapshots", output);
        Assert.Contains("--allow-removals", output);
    }

    [Fact]
    public async Task AcceptingAnEmptyOutputWithAllowRemovalsRemovesEveryApprovedSnapshot()
    {
        CompareCommandTests.WriteOutput(PathOf("actual"), CompareCommandTests.Eml(1), CompareCommandTests.Eml(2));
        await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", "--actual", PathOf("actual"), "--verified", PathOf("verified"));
        Directory.CreateDirectory(PathOf("empty"));

        var (code, output, _) = await CompareCommandTests.Run(AcceptCommand.Create(Local()), "accept", "--actual", PathOf("empty"), "--verified", PathOf("verified"), "--allow-removals");

        Assert.Equal(0, code);
        Assert.Empty(Directory.EnumerateFiles(PathOf("verified"), "*.verified.txt", SearchOption.AllDirectories));
        Assert.Contains("removed 2 approved snapshots", output);
    }

    [Fact]
    public async Task AcceptingIsRefusedOnCi()
    {
        CompareCommandTests.WriteOutput(PathOf("actual"), CompareCommandTests.Eml(1));

        var (code, _, error) = await CompareCommandTests.Run(AcceptCommand.Create(Ci()), "accept", "--actual", PathOf("actual"), "--verified", PathOf("verified"));

        Assert.Equal(2, code);
        Assert.Contains("refused on CI", error);
        Assert.False(Directory.Exists(PathOf("verified")));
    }

    [Theory]
    [InlineData]
    [InlineData("--actual", "only-actual")]
    [InlineData("does-not-exist")]
    [InlineData("some.received.txt", "--actual", "x", "--verified", "y")]
    public async Task IncompleteOrContradictoryArgumentsAreUsageErrors(params string[] args)
    {
        var (code, _, error) = await CompareCommandTests.Run(AcceptCommand.Create(Local()), ["accept", .. args]);

        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
    }
}
