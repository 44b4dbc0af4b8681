using System.Text.RegularExpressions;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Validation;

/*
 * Every command given wrong input the way a new user would give it: a wrong type, a missing path,
 * a file for a folder, a folder for a file, an unwritable place, an impossible value. Each row must
 * end in exit 2 with at most three lines that name the option or value, no stack trace, and nothing
 * written. Rows are command lines with placeholders for paths in a fresh sandbox per row:
 * <file> an existing file, <folder> an empty folder, <missing> and <new> paths that do not exist,
 * <po> a generated post office, <actual>/<verified> empty folders, <badmap> a mapping with a bad
 * line 2, <empty> an empty file, <corpora> the repository's corpora. Issues that add options add
 * their rows here.
 */
public sealed partial class BadInvocationTests(BadInvocationTests.PostOfficeFixture postOffice) : IClassFixture<BadInvocationTests.PostOfficeFixture>
{
    private const string RunBase = "run --corpora <corpora> --case fault-attmail-address --report <new>";

    /// <summary>Each bad command line and the words its error must contain (after placeholder expansion).</summary>
    private static readonly Dictionary<string, string[]> Rows = new()
    {
        ["generate --profile minimal --out <file>"] = ["--out", "<file>"],
        ["generate --profile minimal --out /proc/x"] = ["--out", "/proc/x"],
        ["generate --profile minimal --out ''"] = ["--out"],
        ["generate --profile minimal --out <file>/sub"] = ["--out", "<file>"],
        ["generate --profile minimal --messages lots --out <new>"] = ["--messages", "lots"],
        ["generate --profile minimal --users lots --out <new>"] = ["--users", "lots"],
        ["generate --profile minimal --seed lots --out <new>"] = ["--seed", "lots"],
        ["generate --profile minimal --code-page lots --out <new>"] = ["--code-page", "lots"],
        ["generate --profile minimal --code-page 1252 --out <new>"] = ["1252"],
        ["generate --profile minimal --fault-rate lots --out <new>"] = ["--fault-rate", "lots"],
        ["generate --profile huge --out <new>"] = ["huge"],
        ["generate --profile minimal --time-zone Mars/Olympus --out <new>"] = ["Mars/Olympus"],
        ["generate --profile minimal --format pdf --out <new>"] = ["pdf"],
        ["generate --profile minimal --faults no-such-fault --out <new>"] = ["no-such-fault"],
        ["generate --profile minimal"] = ["--out"],
        ["generate --profile minimal --out <new> --frobnicate"] = ["--frobnicate"],

        ["migrate --source <po> --out <file>"] = ["--out", "<file>"],
        ["migrate --source <po> --out /proc/x"] = ["--out", "/proc/x"],
        ["migrate --source <po> --out ''"] = ["--out"],
        ["migrate --source <po> --out <file>/sub"] = ["--out", "<file>"],
        ["migrate --source <missing> --out <new>"] = ["<missing>"],
        ["migrate --source '' --out <new>"] = ["--source"],
        ["migrate --source <po> --out <new> --org-domain 'not a domain!!'"] = ["--org-domain", "not a domain!!"],
        ["migrate --source <po> --out <new> --org-domain ''"] = ["--org-domain"],
        ["migrate --source <po> --out <new> --mapping /bin/ls"] = ["--mapping", "/bin/ls", "line 1"],
        ["migrate --source <po> --out <new> --mapping <badmap>"] = ["--mapping", "<badmap>", "line 2"],
        ["migrate --source <po> --out <new> --mapping <folder>"] = ["--mapping", "<folder>", "folder"],
        ["migrate --source <po> --out <new> --mapping <missing>"] = ["--mapping", "<missing>", "does not exist"],
        ["migrate --source <po> --out <new> --watchdog-seconds 0"] = ["--watchdog-seconds", "0"],
        ["migrate --source <po> --out <new> --watchdog-seconds lots"] = ["--watchdog-seconds", "lots"],
        ["migrate --source <po> --out <new> --time-zone Mars/Olympus"] = ["Mars/Olympus"],
        ["migrate --source <po> --out <new> --target pdf"] = ["--target", "pdf"],
        ["migrate --out <new>"] = ["--source"],
        ["migrate --source /bin/ls --out <new>"] = ["/bin/ls", "not a cc:Mail export file"],
        ["migrate --source <empty> --out <new>"] = ["<empty>", "empty"],
        ["migrate --source <po>/CCPOMS --out <new>"] = ["<po>/CCPOMS", "post office"],
        ["migrate --source <po> --out <new> --shard 3/2"] = ["--shard", "3/2"],
        ["migrate --source <po> --out <new> --shard half"] = ["--shard", "half"],

        ["compare --actual <actual> --verified <verified> --report <file>"] = ["--report", "<file>"],
        ["compare --actual <actual> --verified <verified> --report /proc/x"] = ["--report", "/proc/x"],
        ["compare --actual <actual> --verified <verified> --report ''"] = ["--report"],
        ["compare --actual <actual> --verified <verified> --truth <folder>"] = ["--truth", "<folder>", "folder"],
        ["compare --actual <actual> --verified <verified> --truth <missing>"] = ["--truth", "<missing>", "does not exist"],
        ["compare --actual <file> --verified <verified>"] = ["--actual", "<file>", "file"],
        ["compare --actual <missing> --verified <verified>"] = ["--actual", "<missing>", "does not exist"],
        ["compare --actual <actual> --verified <file>"] = ["--verified", "<file>", "file"],
        ["compare --verified <verified>"] = ["--actual"],
        ["compare --actual <actual> --truth /bin/ls"] = ["/bin/ls", "more bad lines"],
        ["compare --actual <actual> --truth <empty>"] = ["<empty>", "empty"],
        ["compare --actual <actual> --truth <folder>"] = ["--truth", "<folder>", "folder"],
        ["compare --actual <actual> --truth <badmap>"] = ["<badmap>:1"],

        ["accept --actual <actual> --verified /proc/x"] = ["--verified", "/proc/x"],
        ["accept --actual <actual> --verified <file>"] = ["--verified", "<file>"],
        ["accept --actual <file> --verified <new>"] = ["--actual", "<file>"],
        ["accept --actual <missing> --verified <new>"] = ["--actual", "<missing>"],
        ["accept <missing>"] = ["<missing>", "does not exist"],
        ["accept --run <missing>"] = ["--run", "<missing>", "does not exist"],
        ["accept --run <file>"] = ["--run", "<file>", "not a folder"],
        ["accept --run <folder>"] = ["<folder>"],
        ["accept --run <folder> --actual <actual>"] = ["--run", "--actual"],
        ["accept --run <folder> --allow-removals"] = ["--run", "--allow-removals"],
        ["accept --run <folder> --case"] = ["--case"],
        ["accept --case a-case"] = ["--case", "--run"],
        ["accept --case a-case --actual <actual> --verified <verified>"] = ["--case", "--run"],
        ["accept --actual <actual> --verified <new> --allow-removals lots"] = ["lots"],

        [RunBase.Replace("<new>", "<file>", StringComparison.Ordinal)] = ["--report", "<file>"],
        [RunBase.Replace("<new>", "/proc/x", StringComparison.Ordinal)] = ["--report", "/proc/x"],
        [RunBase + " --timeout -5"] = ["--timeout", "-5"],
        [RunBase + " --timeout 0"] = ["--timeout", "0"],
        [RunBase + " --timeout lots"] = ["--timeout", "lots"],
        [RunBase + " --migrator 'true {source} {sauce}'"] = ["--migrator", "{sauce}"],
        [RunBase + " --migrator 'true {out}'"] = ["--migrator", "{source}"],
        [RunBase + " --migrator 'true {source}'"] = ["--migrator", "{out}"],
        [RunBase + " --migrator 'path/to/migrator {source} {out}'"] = ["--migrator", "path/to/migrator"],
        [RunBase + " --migrator 'no-such-migrator-on-path {source} {out}'"] = ["--migrator", "no-such-migrator-on-path"],
        [RunBase + " --migrator '\"unclosed {source} {out}'"] = ["--migrator", "quote"],
        [RunBase + " --migrator ''"] = ["--migrator"],
        [RunBase + " --migrator '<folder> {source} {out}'"] = ["--migrator", "<folder>", "folder"],
        ["run --corpora <missing> --report <new>"] = ["--corpora", "<missing>"],
        ["run --corpora <file> --report <new>"] = ["--corpora", "<file>"],
        ["run --corpora <corpora> --case no-such-case --report <new>"] = ["no-such-case"],
        [RunBase + " --no-sandbox --timeout 0"] = ["--timeout", "0"],
        [RunBase + " --no-sandbox --migrator 'true {source}'"] = ["--migrator", "{out}"],
        [RunBase + " --no-sandbox lots"] = ["lots"],
        [RunBase + " --allow-removals --timeout lots"] = ["--timeout", "lots"],
        [RunBase + " --allow-removals --migrator 'path/to/migrator {source} {out}'"] = ["--migrator", "path/to/migrator"],
        ["run --allow-removals --corpora <file> --report <new>"] = ["--corpora", "<file>"],
        [RunBase + " --redact lots"] = ["lots"],

        ["shrink --source <missing> --out <new>"] = ["--source", "<missing>", "does not exist"],
        ["shrink --source <folder> --out <new>"] = ["--source", "<folder>", "folder"],
        ["shrink --source <file> --out <folder>"] = ["--out", "<folder>", "folder"],
        ["shrink --source <file> --out /proc/x/y"] = ["--out", "/proc/x/y"],
        ["shrink --source <file> --out <new> --budget 0"] = ["--budget", "0"],
        ["shrink --source <file> --out <new> --budget lots"] = ["--budget", "lots"],
        ["shrink --source <file> --out <new> --timeout 0"] = ["--timeout", "0"],
        ["shrink --source <file> --out <new> --time-zone Mars/Olympus"] = ["--time-zone", "Mars/Olympus"],
        ["shrink --source <file> --out <new> --migrator 'true {out}'"] = ["--migrator", "{source}"],
        ["shrink --source <file> --out <new>"] = ["--source", "<file>", "not a cc:Mail export file"],
        ["shrink --out <new>"] = ["--source"],

        ["case add x --source <missing> --time-zone UTC --corpora <folder>"] = ["--source", "<missing>", "does not exist"],
        ["case add x --source <folder> --time-zone UTC --corpora <folder>"] = ["--source", "<folder>", "folder"],
        ["case add x --source <file> --time-zone Mars/Olympus --corpora <folder>"] = ["--time-zone", "Mars/Olympus"],
        ["case add x --source <file> --time-zone UTC --corpora <missing>"] = ["--corpora", "<missing>", "does not exist"],
        ["case add x --source <file> --time-zone UTC --corpora <file>"] = ["--corpora", "<file>", "file"],
        ["case add 'bad name!' --source <file> --time-zone UTC --corpora <folder>"] = ["bad name!"],
        ["case add x --source <file> --time-zone UTC --corpora <folder> --anonymize --key short"] = ["--key", "short"],
        ["case add x --source <file> --time-zone UTC --corpora <folder> --shrink-with 'true {out}'"] = ["--shrink-with", "{source}"],
        ["case add x --time-zone UTC --corpora <folder>"] = ["--source"],
        ["case add x --source <file> --corpora <folder>"] = ["--time-zone"],
        ["case add --source <file> --time-zone UTC --corpora <folder>"] = ["add"],

        ["anonymize --source <missing> --out <new>"] = ["--source", "<missing>", "does not exist"],
        ["anonymize --source <folder> --out <new>"] = ["--source", "<folder>", "folder"],
        ["anonymize --source <file> --out <folder>"] = ["--out", "<folder>", "folder"],
        ["anonymize --source <file> --out <new> --key short"] = ["--key", "short", "too short"],
        ["anonymize --source <file> --out <new> --time-zone Mars/Olympus"] = ["--time-zone", "Mars/Olympus"],
        ["anonymize --out <new>"] = ["--source"],

        [RunBase + " --shard 0/3"] = ["--shard", "0/3"],
        [RunBase + " --shard 4/3"] = ["--shard", "4/3"],
        [RunBase + " --shard two"] = ["--shard", "two"],
        [RunBase + " --shard 1/0"] = ["--shard", "1/0"],
        [RunBase + " --json"] = ["--json", "--list"],
        [RunBase + " --list --record-durations"] = ["--record-durations", "--list"],

        ["merge --out <new> <missing>"] = ["<missing>", "does not exist"],
        ["merge --out <new> <file>"] = ["<file>", "file"],
        ["merge --out <file> <folder>"] = ["--out", "<file>"],
        ["merge --out <new>"] = ["merge", "argument"],
        ["merge <folder>"] = ["--out"],
        ["merge --out <new> <folder>"] = ["<folder>", "not a run report folder"],

        ["frobnicate --out <new>"] = ["frobnicate"],
    };

    public static TheoryData<string> CommandLines => [.. Rows.Keys];

    [Theory]
    [MemberData(nameof(CommandLines))]
    public Task ABadInvocationEndsInOneClearLineAndExitTwoWithNothingWritten(string commandLine) =>
        AssertRefusedAsync(commandLine, InProcessCli.RunAsync);

    [Theory]
    [InlineData("generate --profile minimal --out /proc/x")]
    [InlineData(RunBase + " --migrator 'path/to/migrator {source} {out}'")]
    public Task TheBuiltCommandRefusesABadInvocationTheSameWay(string commandLine) =>
        AssertRefusedAsync(commandLine, OutOfProcessCli.RunAsync);

    private async Task AssertRefusedAsync(string commandLine, Func<string[], Task<CliResult>> run)
    {
        using var sandbox = new TempFolder();
        var paths = Sandbox(sandbox.Path);
        var before = Snapshot(sandbox.Path);

        var result = await run(Split(Expand(commandLine, paths)));

        Assert.True(result.Code == 2, $"exit {result.Code}, not 2:\n{Head(result)}");
        Assert.True(result.Lines.Count <= 3, $"{result.Lines.Count} lines, more than 3:\n{Head(result)}");
        Assert.False(StackTrace().IsMatch(result.Text), $"a stack trace or exception type name:\n{Head(result)}");
        foreach (var word in Rows[commandLine].Select(w => Expand(w, paths)))
        {
            Assert.True(result.Text.Contains(word, StringComparison.Ordinal), $"'{word}' is not named:\n{Head(result)}");
        }

        Assert.Equal(before, Snapshot(sandbox.Path));
    }

    private Dictionary<string, string> Sandbox(string root)
    {
        var paths = new Dictionary<string, string>
        {
            ["<file>"] = Path.Combine(root, "file.txt"),
            ["<folder>"] = Path.Combine(root, "folder"),
            ["<missing>"] = Path.Combine(root, "missing"),
            ["<new>"] = Path.Combine(root, "new"),
            ["<actual>"] = Path.Combine(root, "actual"),
            ["<verified>"] = Path.Combine(root, "verified"),
            ["<badmap>"] = Path.Combine(root, "mapping.txt"),
            ["<empty>"] = Path.Combine(root, "empty"),
            ["<po>"] = postOffice.PostOffice,
            ["<corpora>"] = RepositoryPaths.Corpora,
        };
        File.WriteAllText(paths["<file>"], "a file, not a folder\n");
        File.WriteAllText(paths["<badmap>"], "Smith, Grover<=>grover@ferguson.example\nthis line has no separator\n");
        File.WriteAllText(paths["<empty>"], "");
        foreach (var folder in new[] { "<folder>", "<actual>", "<verified>" })
        {
            Directory.CreateDirectory(paths[folder]);
        }

        return paths;
    }

    private static string Expand(string text, Dictionary<string, string> paths) =>
        paths.Aggregate(text, (t, p) => t.Replace(p.Key, p.Value, StringComparison.Ordinal));

    /// <summary>Splits a row at blanks; single quotes group (and '' is an empty argument).</summary>
    private static string[] Split(string line) =>
        QuotedOrBare().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value).ToArray();

    private static SortedDictionary<string, string> Snapshot(string root) =>
        new(new DirectoryInfo(root).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).ToDictionary(
            i => Path.GetRelativePath(root, i.FullName),
            i => i is FileInfo f ? $"{f.Length} bytes, written {f.LastWriteTimeUtc:O}" : "folder"), StringComparer.Ordinal);

    private static string Head(CliResult result) => string.Join('\n', result.Lines.Take(12));

    [GeneratedRegex(@"'([^']*)'|[^\s']+")]
    private static partial Regex QuotedOrBare();

    [GeneratedRegex(@"^\s+at \S|Exception\b|System\.[A-Z]\w+`", RegexOptions.Multiline)]
    private static partial Regex StackTrace();

    /// <summary>A small generated post office that migrate rows read (and never write).</summary>
    public sealed class PostOfficeFixture : IAsyncLifetime
    {
        private readonly TempFolder _folder = new();

        /// <summary>The post office folder.</summary>
        public string PostOffice => Path.Combine(_folder.Path, "po");

        public async Task InitializeAsync()
        {
            var result = await InProcessCli.RunAsync("generate", "--profile", "minimal", "--format", "db8", "--out", _folder.Path, "--force");
            Assert.True(result.Code == 0, result.Text);
        }

        public Task DisposeAsync()
        {
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
