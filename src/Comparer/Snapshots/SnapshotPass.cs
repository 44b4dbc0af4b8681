using System.Collections.Concurrent;
using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Snapshots;

/*
 * The snapshot check as one pass over messages read elsewhere (FolderComparison reads each once for
 * both checks), one output group (a mailbox folder) at a time: the group's verified and received
 * names are listed when it begins and forgotten when it ends, so memory does not grow with the
 * output. Evaluate runs in parallel and touches no file; Commit runs in output order (a second
 * message with one name is the duplicate, whatever the thread timing), then the received and
 * verified files are written in parallel. A message found in another folder than its snapshot
 * (same mailbox, same index file name) is one difference with field "location", not one new
 * snapshot plus one orphan. Texts are kept for the first DetailedDifferences differences only: an
 * accept of a million new messages, or a run that changed every message, would otherwise hold every
 * projection until the end; past that, a difference keeps its name and paths, and its received
 * file holds the text. Accepting (accept --actual too) writes each verified file as its message is
 * committed, so an accept keeps nothing per message but its name in a compact list; orphans are
 * removed at the group's end unless the settings keep them (accept --actual without removals).
 */

/// <summary>Compares projections with <c>*.verified.txt</c> snapshots, group by group, and collects the folder verification result.</summary>
internal sealed class SnapshotPass(SnapshotSettings settings, string verifiedFolder)
{
    private readonly SnapshotEngine _engine = settings.CreateEngine();
    private readonly CompactNameList _matched = new();
    private readonly CompactNameList _accepted = new();
    private readonly List<SnapshotDifference> _differences = [];
    private readonly List<SnapshotDifference> _new = [];
    private readonly List<string> _orphaned = [];
    private readonly List<(SnapshotOutcome Outcome, bool ReceivedExists)> _pending = [];
    private readonly HashSet<string> _produced = new(StringComparer.Ordinal);
    private List<SnapshotDifference> _groupNew = [];
    private SnapshotGroup _group = new([], []);
    private int _count;

    /// <summary>The verified folder's full path.</summary>
    public string VerifiedRoot { get; } = Path.GetFullPath(verifiedFolder);

    /// <summary>Lists a group's verified and received snapshot names; thread-safe, called when the group's first file is due.</summary>
    public SnapshotGroup ListGroup(OutputGroup group)
    {
        var (verified, received) = group.SnapshotNames(VerifiedRoot, SnapshotFile.VerifiedExtension, SnapshotFile.ReceivedExtension);
        return new SnapshotGroup(verified, received);
    }

    /// <summary>Starts committing <paramref name="group"/>'s messages; called in output order.</summary>
    public void BeginGroup(SnapshotGroup group)
    {
        _group = group;
        _produced.Clear();
        _groupNew = [];
    }

    /// <summary>Projects <paramref name="message"/> of <paramref name="file"/> and decides against its verified snapshot, touching no file; thread-safe.</summary>
    public SnapshotItem Evaluate(MigratedMessage message, string file, SnapshotGroup group)
    {
        var name = message.Location?.SnapshotName ?? file;
        var text = ProjectionWriter.Write(message, settings.Projection);
        var verifiedPath = PathOf(VerifiedRoot, name, SnapshotFile.VerifiedExtension);
        // Most snapshots match: their bytes are compared without decoding; anything else is read and diffed as before.
        var verifiedText = !group.Verified.Contains(name) ? null
            : SnapshotFile.Matches(verifiedPath, text) ? text
            : SnapshotFile.Read(verifiedPath);
        return new SnapshotItem(name, _engine.Decide(name, verifiedPath, verifiedText, text), message.Location);
    }

    /// <summary>Records a decision; called in output order.</summary>
    public void Commit(SnapshotItem item)
    {
        _count++;
        var outcome = item.Outcome;
        if (!_produced.Add(item.Name))
        {
            var duplicate = outcome with { Status = SnapshotStatus.NotEqual, VerifiedText = null, Fields = ["duplicate"], Diff = "" };
            _differences.Add(new SnapshotDifference(duplicate, item.Location));
            return;
        }

        var receivedExists = _group.Received.Contains(item.Name);
        if (outcome.Status != SnapshotStatus.Matched || receivedExists)
        {
            _pending.Add((outcome, receivedExists));
        }

        switch (outcome.Status)
        {
            case SnapshotStatus.Matched: _matched.Add(item.Name); break;
            case SnapshotStatus.Accepted: _accepted.Add(item.Name); break;
            case SnapshotStatus.New: _groupNew.Add(new SnapshotDifference(outcome, item.Location)); break;
            default: _differences.Add(new SnapshotDifference(Kept(outcome, _differences.Count + _new.Count), item.Location)); break;
        }
    }

    /// <summary>How many committed decisions wait for their files to be written.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Writes the received and verified files the committed decisions call for.</summary>
    public void WritePending(ParallelOptions options)
    {
        Parallel.ForEach(_pending, options, pending => SnapshotEngine.Apply(pending.Outcome, pending.ReceivedExists));
        _pending.Clear();
    }

    /// <summary>Ends a group: its orphans, its moved messages, and when accepting, the removal of orphans and stale received files.</summary>
    public void EndGroup()
    {
        var orphaned = _group.Verified.Where(n => !_produced.Contains(n)).Order(StringComparer.Ordinal).ToList();
        var moved = SnapshotMoves.Pair(VerifiedRoot, _groupNew, orphaned);
        _differences.AddRange(moved);
        if (_engine.Accepts)
        {
            foreach (var stale in _group.Received.Where(n => !_produced.Contains(n)))
            {
                SnapshotFile.DeleteIfExists(PathOf(VerifiedRoot, stale, SnapshotFile.ReceivedExtension));
            }
        }

        if (_engine.Accepts && settings.AllowRemovals is not false)
        {
            foreach (var orphan in orphaned)
            {
                SnapshotFile.DeleteIfExists(PathOf(VerifiedRoot, orphan, SnapshotFile.VerifiedExtension));
                _accepted.Add(orphan);
            }

            orphaned.Clear();
        }

        _orphaned.AddRange(orphaned);
        foreach (var added in _groupNew)
        {
            _new.Add(added with { Outcome = Kept(added.Outcome, _differences.Count + _new.Count) });
        }
    }

    // The outcome as kept for reports: whole while fewer than DetailedDifferences are kept, else without its texts.
    private SnapshotOutcome Kept(SnapshotOutcome outcome, int alreadyKept)
    {
        if (alreadyKept < settings.DetailedDifferences)
        {
            return outcome;
        }

        var note = $"(not kept in memory past the first {settings.DetailedDifferences} differences: {outcome.ReceivedPath} holds the received snapshot)";
        return outcome with { ReceivedText = note, VerifiedText = null, Diff = note };
    }

    /// <summary>The folder verification result.</summary>
    public FolderVerificationResult ToResult(string actualRoot, IReadOnlyList<OutputEntry> notRegularFiles)
    {
        if (settings.AllowRemovals is not null)
        {
            _accepted.Sort();
        }

        return Result(actualRoot, notRegularFiles);
    }

    private FolderVerificationResult Result(string actualRoot, IReadOnlyList<OutputEntry> notRegularFiles) => new()
    {
        ActualFolder = actualRoot,
        VerifiedFolder = VerifiedRoot,
        MessageCount = _count,
        Matched = _matched,
        Differences = _differences.OrderBy(d => d.Name, StringComparer.Ordinal).ToList(),
        New = _new.OrderBy(d => d.Name, StringComparer.Ordinal).ToList(),
        Orphaned = _orphaned.Order(StringComparer.Ordinal).ToList(),
        Accepted = _accepted,
        NotRegularFiles = notRegularFiles,
    };

    internal static string PathOf(string root, string name, string extension) =>
        Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar) + extension);
}
