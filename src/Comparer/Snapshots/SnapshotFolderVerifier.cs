using System.Collections.Concurrent;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Snapshots;

/*
 * Verifies a whole migrated output folder against a folder of verified snapshots that mirrors the
 * output layout: <mailbox>/<folder>/<index>.verified.txt per message. The verified folder is
 * listed once (verified and received names), so a run over 100,000 matching messages costs one
 * read of each message and of each snapshot and no per-file existence checks. A message found in
 * another folder than its snapshot (same mailbox, same index file name) is reported as one
 * difference with field "location" rather than as one new snapshot plus one orphan. The output
 * is walked without following links (OutputWalker); what is not a regular file is listed in
 * NotRegularFiles and fails the verification, but is never opened (and never accepted).
 */

/// <summary>Verifies every message of a migrated output folder against <c>&lt;mailbox&gt;/&lt;folder&gt;/&lt;index&gt;.verified.txt</c> snapshots.</summary>
public sealed class SnapshotFolderVerifier
{
    private readonly SnapshotSettings _settings;

    /// <summary>Creates a verifier with <paramref name="settings"/> (projection, environment, accept override); never launches diff tools.</summary>
    public SnapshotFolderVerifier(SnapshotSettings? settings = null) => _settings = settings ?? new SnapshotSettings();

    /// <summary>The formats used to read the actual folder; add an Exchange 5.5 reader here when it exists.</summary>
    public List<IOutputFormat> Formats { get; } = [new EmlOutputFormat(), new MboxOutputFormat(), new Exchange55OutputFormat()];

    /// <summary>How many threads project messages; the processor count by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Verifies <paramref name="actualFolder"/> against <paramref name="verifiedFolder"/>, writing received files for new and differing messages.</summary>
    public FolderVerificationResult Verify(string actualFolder, string verifiedFolder, CancellationToken cancellationToken = default)
    {
        var output = new OutputFolder(actualFolder);
        output.Formats.Clear();
        output.Formats.AddRange(Formats);
        var verifiedRoot = Path.GetFullPath(verifiedFolder);
        var verifiedNames = new HashSet<string>(SnapshotOrphans.ListNames(verifiedRoot, SnapshotFile.VerifiedExtension), StringComparer.Ordinal);
        var receivedNames = new HashSet<string>(SnapshotOrphans.ListNames(verifiedRoot, SnapshotFile.ReceivedExtension), StringComparer.Ordinal);
        var engine = _settings.CreateEngine();

        var produced = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var matched = new ConcurrentBag<string>();
        var differences = new ConcurrentBag<SnapshotDifference>();
        var created = new ConcurrentBag<SnapshotDifference>();
        var accepted = new ConcurrentBag<string>();
        var count = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.ForEach(output.ListMessageFiles(), options, file =>
        {
            foreach (var message in output.Read(file))
            {
                Interlocked.Increment(ref count);
                var name = message.Location?.SnapshotName ?? file;
                var text = ProjectionWriter.Write(message, _settings.Projection);
                var verifiedPath = PathOf(verifiedRoot, name, SnapshotFile.VerifiedExtension);
                if (!produced.TryAdd(name, true))
                {
                    var duplicate = new SnapshotOutcome(name, SnapshotStatus.NotEqual, verifiedPath, SnapshotFile.ReceivedPathFor(verifiedPath), text, null, ["duplicate"], "");
                    differences.Add(new SnapshotDifference(duplicate, message.Location));
                    continue;
                }

                var verifiedText = verifiedNames.Contains(name) ? SnapshotFile.Read(verifiedPath) : null;
                var outcome = engine.Evaluate(name, verifiedPath, verifiedText, text, receivedNames.Contains(name));
                switch (outcome.Status)
                {
                    case SnapshotStatus.Matched: matched.Add(name); break;
                    case SnapshotStatus.Accepted: accepted.Add(name); break;
                    case SnapshotStatus.New: created.Add(new SnapshotDifference(outcome, message.Location)); break;
                    default: differences.Add(new SnapshotDifference(outcome, message.Location)); break;
                }
            }
        });

        var orphaned = verifiedNames.Where(n => !produced.ContainsKey(n)).ToList();
        var newOnes = created.ToList();
        PairMoved(verifiedRoot, newOnes, orphaned, differences);
        if (engine.Accepts)
        {
            foreach (var orphan in orphaned)
            {
                SnapshotFile.DeleteIfExists(PathOf(verifiedRoot, orphan, SnapshotFile.VerifiedExtension));
                accepted.Add(orphan);
            }

            foreach (var stale in receivedNames.Where(n => !produced.ContainsKey(n)))
                SnapshotFile.DeleteIfExists(PathOf(verifiedRoot, stale, SnapshotFile.ReceivedExtension));

            orphaned.Clear();
        }

        return new FolderVerificationResult
        {
            ActualFolder = output.Root,
            VerifiedFolder = verifiedRoot,
            MessageCount = count,
            Matched = Sorted(matched),
            Differences = differences.OrderBy(d => d.Name, StringComparer.Ordinal).ToList(),
            New = newOnes.OrderBy(d => d.Name, StringComparer.Ordinal).ToList(),
            Orphaned = Sorted(orphaned),
            Accepted = Sorted(accepted),
            NotRegularFiles = output.NotRegularFiles(),
        };
    }

    private static void PairMoved(string verifiedRoot, List<SnapshotDifference> created, List<string> orphaned, ConcurrentBag<SnapshotDifference> differences)
    {
        if (created.Count == 0 || orphaned.Count == 0)
            return;
        var orphansByKey = orphaned.GroupBy(MoveKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<string>(g.Order(StringComparer.Ordinal)), StringComparer.Ordinal);
        foreach (var difference in created.OrderBy(d => d.Name, StringComparer.Ordinal).ToList())
        {
            if (!orphansByKey.TryGetValue(MoveKey(difference.Name), out var candidates) || candidates.Count == 0)
                continue;
            var orphan = candidates.Dequeue();
            orphaned.Remove(orphan);
            created.Remove(difference);
            var verifiedPath = PathOf(verifiedRoot, orphan, SnapshotFile.VerifiedExtension);
            var verifiedText = SnapshotFile.Read(verifiedPath) ?? "";
            var received = difference.Outcome;
            var fields = new List<string> { "location" };
            fields.AddRange(ProjectionSections.DifferingFields(verifiedText, received.ReceivedText));
            var diff = UnifiedDiff.Create(verifiedText, received.ReceivedText, "verified " + orphan, "received " + received.Name);
            var outcome = received with { Status = SnapshotStatus.NotEqual, VerifiedPath = verifiedPath, VerifiedText = verifiedText, Fields = fields, Diff = diff };
            differences.Add(new SnapshotDifference(outcome, difference.Location, orphan));
        }
    }

    private static string MoveKey(string name)
    {
        var first = name.IndexOf('/', StringComparison.Ordinal);
        var last = name.LastIndexOf('/');
        return first < 0 ? name : name[..first] + "|" + name[(last + 1)..];
    }

    private static string PathOf(string root, string name, string extension) =>
        Path.Combine(root, name.Replace('/', Path.DirectorySeparatorChar) + extension);

    private static List<string> Sorted(IEnumerable<string> names)
    {
        var list = names.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
