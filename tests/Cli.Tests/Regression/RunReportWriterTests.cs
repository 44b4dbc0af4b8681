using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Tests.Support;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Cli.Tests.Regression;

/// <summary>The run's reports are what CI systems read: schema-valid JUnit, one file per glob, failure messages that say what failed, and summary.json.</summary>
public sealed class RunReportWriterTests : IDisposable
{
    private static readonly string Schema = Path.Combine(RepositoryPaths.Root, "tests", "Cli.Tests", "Regression", "junit.xsd");
    private readonly TempFolder _report = new();

    [Fact]
    public void TheRunJUnitIsValidAgainstTheDocumentedSchema()
    {
        RunReportWriter.Write(Results(), "tool {source} {out}", _report.Path);

        var errors = Validate(Path.Combine(_report.Path, RunReportWriter.JUnitFile));

        Assert.Empty(errors);
    }

    [NeedsProgramFact("xmllint")]
    public async Task XmllintAcceptsTheRunJUnitAgainstTheDocumentedSchema()
    {
        RunReportWriter.Write(Results(), "tool {source} {out}", _report.Path);
        var info = new System.Diagnostics.ProcessStartInfo("xmllint", ["--noout", "--schema", Schema, Path.Combine(_report.Path, RunReportWriter.JUnitFile)])
        {
            RedirectStandardError = true,
        };
        using var xmllint = System.Diagnostics.Process.Start(info)!;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        var stderr = await xmllint.StandardError.ReadToEndAsync(deadline.Token);
        await xmllint.WaitForExitAsync(deadline.Token);

        Assert.True(xmllint.ExitCode == 0, stderr);
    }

    [Fact]
    public void TheRunJUnitHasNoByteOrderMarkAndCountsFailuresAndErrorsApart()
    {
        RunReportWriter.Write(Results(), "tool", _report.Path);
        var path = Path.Combine(_report.Path, RunReportWriter.JUnitFile);

        Assert.Equal((byte)'<', File.ReadAllBytes(path)[0]);
        var suite = XDocument.Load(path).Root!.Element("testsuite")!;
        Assert.Equal(("5", "2", "2", "0"), ((string)suite.Attribute("tests")!, (string)suite.Attribute("failures")!, (string)suite.Attribute("errors")!, (string)suite.Attribute("skipped")!));
        Assert.NotNull(suite.Attribute("timestamp"));
        Assert.NotNull(suite.Attribute("hostname"));
    }

    [Fact]
    public void OneGlobForJUnitFilesFindsTheRunFileOnce()
    {
        RunReportWriter.Write(Results(), "tool", _report.Path);

        var found = Directory.GetFiles(_report.Path, "*junit*.xml", SearchOption.AllDirectories);

        Assert.Equal([Path.Combine(_report.Path, "junit.xml")], found);
        Assert.True(File.Exists(Path.Combine(_report.Path, "lossy", RunReportWriter.CaseChecksFile)));
    }

    [Fact]
    public void FailureMessagesSayWhatFailed()
    {
        RunReportWriter.Write(Results(), "tool", _report.Path);

        var messages = XDocument.Load(Path.Combine(_report.Path, RunReportWriter.JUnitFile)).Descendants("testcase")
            .ToDictionary(t => (string)t.Attribute("name")!, t => (string?)t.Elements().FirstOrDefault(e => e.Name == "failure" || e.Name == "error")?.Attribute("message"));

        Assert.Null(messages["clean"]);
        Assert.Equal("3 messages lost; subject differs in 2 messages", messages["lossy"]);
        Assert.Equal("crashed on mailbox 'Ann', message 3 (\"Hello\"), faults: attmail-address", messages["crashing"]);
        Assert.Equal("hung: did not finish within 20 s and was killed", messages["hanging"]);
        Assert.Equal("left 1 process running after it exited: pid 7 sleep 60", messages["lingering"]);
    }

    [Fact]
    public void SummaryJsonGivesEachCaseItsVerdictAndWhatFailed()
    {
        RunReportWriter.Write(Results(), "tool {source} {out}", _report.Path);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_report.Path, RunReportWriter.SummaryJsonFile)));
        var root = json.RootElement;
        Assert.Equal("mailmig-fidelity/run-summary@1", root.GetProperty("format").GetString());
        Assert.Equal("tool {source} {out}", root.GetProperty("migrator").GetString());
        var cases = root.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["clean", "lossy", "crashing", "hanging", "lingering"], cases.Keys);
        Assert.True(cases["clean"].GetProperty("passed").GetBoolean());
        Assert.Equal("Crashed", cases["crashing"].GetProperty("verdict").GetString());
        Assert.Equal("CompletedWithLoss", cases["lossy"].GetProperty("verdict").GetString());
        Assert.Equal("3 messages lost; subject differs in 2 messages", cases["lossy"].GetProperty("message").GetString());
        Assert.Equal(1, cases["lingering"].GetProperty("leftRunning").GetInt32());
        Assert.Equal(4, root.GetProperty("failed").GetInt32());
    }

    public void Dispose() => _report.Dispose();

    private static List<string> Validate(string path)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(null, Schema);
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(path, settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static List<CaseResult> Results()
    {
        var lost = Enumerable.Range(1, 3).Select(i => Difference(i, TruthField.Message, null)).ToList();
        var subjects = new[] { Difference(4, TruthField.Subject, "4.eml"), Difference(5, TruthField.Subject, "5.eml") };
        return
        [
            Result("clean", Outcome(RunVerdict.Completed, "exit code 0"), RunVerdict.Completed, []),
            Result("lossy", Outcome(RunVerdict.Completed, "exit code 0"), RunVerdict.CompletedWithLoss, ["the ground truth grades the run Poor"], truth: [.. lost, .. subjects]),
            Result("crashing", Outcome(RunVerdict.Crashed, "killed by signal 6 (SIGABRT), exit code 134"), RunVerdict.Crashed, ["the migrator CRASHED"],
                firstMissing: new MissingMessage("Ann", 3, "Hello", ["attmail-address"])),
            Result("hanging", Outcome(RunVerdict.Hung, "did not finish within 20 s and was killed"), RunVerdict.Hung, ["the migrator HUNG"]),
            Result("lingering", Outcome(RunVerdict.Completed, "exit code 0") with { LeftRunning = ["pid 7 sleep 60"] }, RunVerdict.Completed, ["the migrator left 1 process running"]),
        ];
    }

    private static ProcessOutcome Outcome(RunVerdict verdict, string detail) => new(verdict, 0, null, TimeSpan.FromSeconds(1.5), "", detail);

    private static TruthDifference Difference(int index, string field, string? file) =>
        new("Ann", index, file, field, null, DifferenceValue.Plain("a"), DifferenceValue.Plain("b"));

    private static CaseResult Result(string name, ProcessOutcome process, RunVerdict verdict, IReadOnlyList<string> failures,
        IReadOnlyList<TruthDifference>? truth = null, MissingMessage? firstMissing = null) => new()
        {
            Case = new CorpusCase { Name = name, Folder = "/corpora/" + name, Guards = "guards " + name },
            Process = process,
            Verdict = verdict,
            Failures = failures,
            FirstMissing = firstMissing,
            WorkFolder = "/work/" + name,
            Comparison = truth is null ? null : new ComparisonReport
            {
                Truth = new TruthResult
                {
                    ActualFolder = "/work/out",
                    ManifestPath = "/work/manifest.jsonl",
                    Run = new MailboxTruth("(run)", 10, 7, 0, 5, 5, truth.Count, FidelityGrade.Poor),
                    Mailboxes = [],
                    Fields = [],
                    Differences = truth,
                },
            },
        };
}
