/*
 * `accept --run REPORT [--case NAME]`: a run keeps each case's received snapshots under
 * REPORT/work/<case>/snapshots/ (never in corpora/), with a record saying whether the run may be
 * accepted. Only a run that completed and whose only differences are changed fields may: the
 * received files are then moved into the case's verified/ folder. Anything else (a crash, a hang,
 * a lost or unexpected message) is refused as a whole, so following a hint can never approve a loss.
 * The run's folder is read as untrusted (a candidate could write beside its output): no link is
 * followed, no FIFO opened, and a received entry that is not a regular file refuses the run.
 */
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Moves the received snapshots a run kept under its report folder into the cases' verified folders.</summary>
public static class RunAcceptor
{
    /// <summary>Accepts the cases of the run in <paramref name="reportFolder"/> (only <paramref name="caseName"/> when given); returns the verified files written.</summary>
    /// <exception cref="CorpusException">When the folder is not a run's report, the case is not in it, or a case's run may not be accepted.</exception>
    public static IReadOnlyList<string> Accept(string reportFolder, string? caseName)
    {
        var work = Path.Combine(reportFolder, "work");
        if (!Directory.Exists(work))
        {
            throw new CorpusException($"{reportFolder}: not the report folder of a run (it has no work/ folder)");
        }

        var runs = Directory.EnumerateDirectories(work).Where(d => FileKinds.Of(d) == FileKind.Directory).Order(StringComparer.Ordinal)
            .Select(d => (Folder: d, Record: RunAcceptance.Load(d)))
            .Where(r => r.Record is not null && (caseName is null || r.Record.Case == caseName))
            .Select(r => (r.Folder, Record: r.Record!, Received: Received(Path.Combine(r.Folder, RunAcceptance.SnapshotsFolder))))
            .ToList();
        if (runs.Count == 0)
        {
            throw new CorpusException(caseName is null ? $"{reportFolder}: the run kept no case to accept" : $"{reportFolder}: the run has no case named {caseName}");
        }

        var refused = runs.Where(r => !r.Record.Acceptable).Select(r => $"{r.Record.Case}: not accepted: {r.Record.Reason}")
            .Concat(runs.SelectMany(r => r.Received.Where(e => !e.IsRegularFile).Select(e => $"{r.Record.Case}: {e.RelativePath}: {e.Describe()}")))
            .ToList();
        if (refused.Count > 0)
        {
            throw new CorpusException(string.Join("\n", refused) + "\n(nothing was accepted; the output of a run that crashed, hung, lost or added messages is never accepted, nor anything that is not a regular file)");
        }

        return runs.SelectMany(r => MoveReceived(Path.Combine(r.Folder, RunAcceptance.SnapshotsFolder), r.Received, Path.Combine(r.Record.CaseFolder, CorpusCase.VerifiedFolderName))).ToList();
    }

    /// <summary>The received snapshots under <paramref name="snapshots"/>, listed without following a link (a link or a FIFO among them is refused, never moved).</summary>
    private static List<OutputEntry> Received(string snapshots) =>
        FileKinds.Of(snapshots) == FileKind.Directory
            ? OutputWalker.Walk(snapshots).Where(e => e.RelativePath.EndsWith(SnapshotFile.ReceivedExtension, StringComparison.Ordinal) || !e.IsRegularFile).ToList()
            : [];

    private static List<string> MoveReceived(string snapshots, IReadOnlyList<OutputEntry> received, string verified)
    {
        var written = new List<string>();
        foreach (var entry in received)
        {
            var target = Path.Combine(verified, SnapshotFile.VerifiedPathFor(entry.RelativePath));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(snapshots, entry.RelativePath), target, overwrite: true);
            written.Add(target);
        }

        return written;
    }
}
