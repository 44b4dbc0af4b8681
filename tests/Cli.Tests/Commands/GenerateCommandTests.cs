using System.CommandLine;
using MailMig.Fidelity.Cli.Commands;

namespace MailMig.Fidelity.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mailmig-gencli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(GenerateCommand.Create());
        var parse = root.Parse(["generate", .. args]);
        if (parse.Errors.Count > 0)
        {
            return (GenerateCommand.UsageError, "", string.Join("\n", parse.Errors.Select(e => e.Message)));
        }

        var (output, error) = (new StringWriter(), new StringWriter());
        var code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void AnUnknownProfileIsAUsageErrorThatListsTheValidOnes()
    {
        var (code, _, error) = Run("--profile", "huge", "--out", _folder);
        Assert.Equal(2, code);
        Assert.Contains("unknown profile 'huge'", error);
        Assert.Contains("minimal, realistic, stress, q197114, bulk", error);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void AnUnknownFaultIdIsAUsageErrorThatListsTheValidOnes()
    {
        var (code, _, error) = Run("--faults", "attmail-address,no-such-fault", "--out", _folder);
        Assert.Equal(2, code);
        Assert.Contains("unknown fault id 'no-such-fault'", error);
        Assert.Contains("attmail-address", error);
        Assert.Contains("db8-truncated", error);
    }

    [Theory]
    [InlineData("--messages", "0")]
    [InlineData("--users", "0")]
    [InlineData("--users", "100001")]
    [InlineData("--fault-rate", "1.5")]
    [InlineData("--fault-rate", "lots")]
    [InlineData("--format", "pdf")]
    [InlineData("--code-page", "1252")]
    [InlineData("--time-zone", "Mars/Olympus")]
    public void ImpossibleValuesAreUsageErrors(string option, string value)
    {
        var (code, _, error) = Run(option, value, "--out", _folder);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
        Assert.False(Directory.Exists(_folder));
    }

    [Fact]
    public void TooFewMessagesForTheFaultsIsAUsageError()
    {
        var (code, _, error) = Run("--profile", "minimal", "--messages", "5", "--out", _folder);
        Assert.Equal(2, code);
        Assert.Contains("too few", error);
    }

    [Fact]
    public void AFaultTheOutputsCannotCarryIsAUsageErrorThatSaysWhy()
    {
        var (code, _, error) = Run("--faults", "size-spaces", "--format", "db8", "--out", _folder);
        Assert.Equal(2, code);
        Assert.Contains("add export to --format", error);
    }

    [Fact]
    public void ANonEmptyOutputFolderIsNotTouchedWithoutForce()
    {
        Directory.CreateDirectory(_folder);
        var keep = Path.Combine(_folder, "manifest.jsonl");
        File.WriteAllText(keep, "mine");
        var (code, _, error) = Run("--profile", "minimal", "--out", _folder);
        Assert.Equal(2, code);
        Assert.Contains("--force", error);
        Assert.Equal("mine", File.ReadAllText(keep));
        Assert.Single(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void AValidRunWritesThePostOfficeAndForceReplacesIt()
    {
        string[] args = ["--profile", "minimal", "--users", "3", "--messages", "60", "--out", _folder];
        var (code, output, _) = Run(args);
        Assert.Equal(0, code);
        Assert.Contains("generated 60 messages in 3 mailboxes", output);
        var first = File.ReadAllBytes(Path.Combine(_folder, "generation.json"));
        Assert.True(File.Exists(Path.Combine(_folder, "po", "CCPOMBOX.000")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder, "export"), "*.txt"));

        Assert.Equal(2, Run(args).Code);
        Assert.Equal(0, Run([.. args, "--force"]).Code);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(_folder, "generation.json")));
    }

    [Fact]
    public void AMissingOutputFolderOptionIsAParseError()
    {
        Assert.Equal(2, Run("--profile", "minimal").Code);
    }
}
