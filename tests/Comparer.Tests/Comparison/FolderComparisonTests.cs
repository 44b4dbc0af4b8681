using System.Globalization;
using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Comparison;

public class FolderComparisonTests
{
    private static readonly string[] Mailboxes = ["Smith, Grover", "Doe, Jane", "Zed"];

    [Fact]
    public void EachMessageIsReadOnceForTheSnapshotAndTheTruthCheckTogether()
    {
        using var temp = new TempFolder();
        var messages = Enumerable.Range(1, 20).Select(i => OutputMessageBuilder.Numbered(i, Mailboxes[i % 3])).ToList();
        OutputTree.WriteEml(temp.Combine("out"), messages);
        var manifest = OutputTree.WriteManifest(temp.Combine("manifest.jsonl"), messages);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(temp.Combine("out"), temp.Combine("verified"));
        var counting = new CountingFormat(new EmlOutputFormat());
        var comparison = new FolderComparison(new SnapshotSettings { Environment = TestEnvironments.Local() });
        comparison.Formats.Clear();
        comparison.Formats.Add(counting);

        using var index = ManifestIndex.Build(manifest);
        var report = comparison.Compare(temp.Combine("out"), temp.Combine("verified"), index, null);

        Assert.Equal(20, counting.Reads);
        Assert.True(report.IsSuccess);
        Assert.Equal(20, report.Snapshots!.Matched.Count);
        Assert.Equal(20, report.Truth!.Run.Found);
    }

    [Fact]
    public void AParallelRunWritesTheSameReportBytesAsASequentialRun()
    {
        using var temp = new TempFolder();
        var manifest = WriteTroubledOutput(temp);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(temp.Combine("accepted-from"), temp.Combine("verified"));

        var sequential = Reports(temp, manifest, "sequential", threads: 1, batch: 1000);
        var parallel = Enumerable.Range(1, 3).Select(run => Reports(temp, manifest, "parallel-" + run, threads: 2, batch: 3)).ToList();

        Assert.Contains("second message", sequential["report.json"], StringComparison.Ordinal);
        Assert.Contains("\"location\"", sequential["report.json"], StringComparison.Ordinal);
        Assert.All(parallel, p => Assert.Equal(sequential, p));
    }

    // Three mailboxes of eml and mbox output with changed fields, duplicates of one index, messages
    // without index headers, a moved and a missing message; "accepted-from" is the good output.
    private static string WriteTroubledOutput(TempFolder temp)
    {
        var messages = Enumerable.Range(1, 45).Select(i => OutputMessageBuilder.Numbered(i, Mailboxes[i % 3])).ToList();
        OutputTree.WriteEml(temp.Combine("accepted-from"), messages);
        var manifest = OutputTree.WriteManifest(temp.Combine("manifest.jsonl"), messages);
        var actual = messages.Where(m => m.Index != 44).Select(Copy).ToList();
        foreach (var m in actual.Where(m => m.Index % 7 == 0))
        {
            m.Subject += " (changed)";
        }

        foreach (var m in actual.Where(m => m.Index % 11 == 0))
        {
            m.WriteIndexHeaders = false;
        }

        actual.Single(m => m.Index == 10).Folder = "Archive";
        var duplicate = Copy(actual.Single(m => m.Index == 5));
        duplicate.Folder = "Copies";
        duplicate.Subject = "a copy";
        OutputTree.WriteEml(temp.Combine("out"), actual.Where(m => m.Mailbox != "Zed").Append(duplicate));
        OutputTree.WriteMbox(temp.Combine("out"), actual.Where(m => m.Mailbox == "Zed"));
        return manifest;
    }

    private static OutputMessageBuilder Copy(OutputMessageBuilder m)
    {
        var copy = OutputMessageBuilder.Numbered(m.Index, m.Mailbox);
        copy.Subject = m.Subject;
        copy.Folder = m.Folder;
        copy.WriteIndexHeaders = m.WriteIndexHeaders;
        return copy;
    }

    private static Dictionary<string, string> Reports(TempFolder temp, string manifest, string name, int threads, int batch)
    {
        var comparison = new FolderComparison(new SnapshotSettings { Environment = TestEnvironments.Local() }) { MaxDegreeOfParallelism = threads, BatchSize = batch };
        using var index = ManifestIndex.Build(manifest);
        var report = comparison.Compare(temp.Combine("out"), temp.Combine("verified"), index, null);
        var folder = temp.Combine("reports", name);
        var files = ReportWriter.WriteAll(report, folder, new ReportOptions());
        Assert.False(report.IsSuccess);
        Assert.True(report.Truth!.Differences.Count > 10, report.Truth.Differences.Count.ToString(CultureInfo.InvariantCulture));
        return files.ToDictionary(f => Path.GetFileName(f)!, f => File.ReadAllText(f).Replace(name, "(run)", StringComparison.Ordinal), StringComparer.Ordinal);
    }
}
