using System.Diagnostics;
using MailMig.Fidelity.Cli.Commands;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Comparer.Snapshots;
using Spectre.Console;

namespace MailMig.Fidelity.Cli.Tests.Cases;

/// <summary><c>case add</c>: a customer's export becomes a case that survives git byte for byte.</summary>
public sealed class CaseAddTests
{
    [Fact]
    public async Task A_crlf_cp850_case_is_committed_cloned_afresh_byte_identical_and_passes_on_the_clone()
    {
        using var temp = new TempFolder();
        var repo = Path.Combine(temp.Path, "repo");
        Directory.CreateDirectory(Path.Combine(repo, "corpora"));
        File.Copy(Path.Combine(RepositoryPaths.Root, ".gitattributes"), Path.Combine(repo, ".gitattributes"));
        var export = Path.Combine(temp.Path, "export.txt");
        File.WriteAllBytes(export, CustomerExport());
        Git(repo, "init", "-q");

        var (code, output) = await AddAsync("add", "acme-cc", "--source", export, "--time-zone", "Europe/Berlin", "--corpora", Path.Combine(repo, "corpora"), "--guards", "Acme: cp850 Cc names migrate intact");
        Assert.True(code == 0, output);
        Git(repo, "add", "-A");
        Git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "case");
        var clone = Path.Combine(temp.Path, "clone");
        Git(temp.Path, "clone", "-q", repo, clone);

        Assert.Equal(File.ReadAllBytes(export), File.ReadAllBytes(Path.Combine(clone, "corpora", "acme-cc", "export.txt")));
        var (runCode, runOutput) = await GateRun.InvokeAsync("--corpora", Path.Combine(clone, "corpora"), "--case", "acme-cc", "--report", Path.Combine(temp.Path, "report"));
        Assert.True(runCode == 0, runOutput);
    }

    [Fact]
    public async Task A_case_add_drafts_the_manifest_and_lists_what_to_review()
    {
        using var temp = new TempFolder();
        var export = Path.Combine(temp.Path, "export.txt");
        File.WriteAllBytes(export, CustomerExport());
        var (code, output) = await AddAsync("add", "draft", "--source", export, "--time-zone", "Europe/Berlin", "--corpora", temp.Path);

        Assert.True(code == 0, output);
        var manifest = File.ReadAllLines(Path.Combine(temp.Path, "draft", "manifest.jsonl"));
        Assert.Contains("\"draft\":true", manifest[0], StringComparison.Ordinal);
        Assert.Equal(4, manifest.Count(l => l.Contains("\"record\":\"message\"", StringComparison.Ordinal)));
        Assert.Contains("Zürich", manifest[2], StringComparison.Ordinal);
        Assert.Contains("\"guards\" is a placeholder", output, StringComparison.Ordinal);
        Assert.Contains("message 3: no Folder: line", output, StringComparison.Ordinal);
        Assert.Contains("message 4: questionable address", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_case_add_on_ci_is_refused_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var export = Path.Combine(temp.Path, "export.txt");
        File.WriteAllBytes(export, CustomerExport());
        var (code, output) = await AddAsync(SnapshotEnvironment.FromVariables(new Dictionary<string, string> { ["CI"] = "true" }),
            "add", "on-ci", "--source", export, "--time-zone", "Europe/Berlin", "--corpora", temp.Path);

        Assert.Equal(2, code);
        Assert.Contains("never happens on CI", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "on-ci")));
    }

    [Fact]
    public async Task A_case_added_shrunk_with_a_failing_candidate_and_anonymized_keeps_one_anonymous_message_that_still_fails_it()
    {
        using var temp = new TempFolder();
        var export = Path.Combine(temp.Path, "export.txt");
        File.WriteAllBytes(export, CustomerExport());
        var candidate = $"dotnet {Path.Combine(AppContext.BaseDirectory, "faulty-migrator.dll")} drop-cc {{source}} {{out}} {{timezone}}";
        var (code, output) = await AddAsync("add", "acme-cc", "--source", export, "--time-zone", "Europe/Berlin", "--corpora", temp.Path,
            "--guards", "Acme: a Cc recipient is never dropped", "--shrink-with", candidate, "--anonymize", "--key", "acme ticket 4711");

        Assert.True(code == 0, output);
        var added = File.ReadAllBytes(Path.Combine(temp.Path, "acme-cc", "export.txt"));
        var text = System.Text.Encoding.Latin1.GetString(added);
        Assert.Single(MailMig.Fidelity.Cli.Shrinking.RawExportParser.Parse(added).Blocks);
        Assert.Contains("\r\nCc:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("elik", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FERGUSON", text, StringComparison.Ordinal);
        Assert.Contains("still fails the --shrink-with migrator as 'differs: cc'", output, StringComparison.Ordinal);
        Assert.Contains("anonymized: our migrator's counts, repairs and skips are unchanged", output, StringComparison.Ordinal);
    }

    /// <summary>A CR LF export in cp850 with no NUL byte (so git's text=auto would take it for text): four messages, accents in names and subjects.</summary>
    internal static byte[] CustomerExport() => new ExportText(850)
        .FileHeader("Mailbox: Müller, Jürgen").FileHeader("Postoffice: FERGUSON").FileHeader("Codepage: 850")
        .Message(["From: Müller, Jürgen at FERGUSON", "Date: 11/16/98 10:30 AM", "To: Doe, Jane at FERGUSON", "Cc: Çelik, Ayşe at FERGUSON", "Subject: Angebot Zürich", "Folder: Inbox"], "Grüße aus Zürich\nJürgen")
        .Message(["From: Doe, Jane at FERGUSON", "Date: 11/17/98 9:05 AM", "To: Müller, Jürgen at FERGUSON", "Cc: Smith, Grover at FERGUSON", "Subject: Re: Angebot Zürich", "Folder: Inbox"], "Danke.")
        .Message(["From: Smith, Grover at FERGUSON", "Date: 3/28/99 2:15 AM", "To: Müller, Jürgen at FERGUSON", "Subject: Straße"], "Umlaute: äöü ß")
        .Message(["From: Müller, Jürgen at FERGUSON", "Date: 4/1/99 8:00 AM", "To: jdoe at ATTMAIL", "To: Parkes, Pat [SMTP:pat@example.com at SMTPLINK", "Subject: Preisliste", "Folder: Message Log"], "Anbei.")
        .ToBytes();

    private static Task<(int Code, string Output)> AddAsync(params string[] args) =>
        AddAsync(SnapshotEnvironment.FromVariables(new Dictionary<string, string>()), args);

    private static async Task<(int Code, string Output)> AddAsync(SnapshotEnvironment environment, params string[] args)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No });
        console.Profile.Width = 400;
        var root = new System.CommandLine.RootCommand { CaseCommand.Create(console, output, environment) };
        var code = await root.Parse(["case", .. args]).InvokeAsync();
        return (code, output.ToString());
    }

    private static void Git(string folder, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["HOME"] = folder;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error.Result}");
    }
}
