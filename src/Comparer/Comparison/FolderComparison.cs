using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * The single pass behind `compare`: each message is read and parsed once, and the same parsed
 * message feeds the snapshot check and the ground-truth check. The output is taken one group (a
 * top-level folder: a mailbox) after another, listed only when its first file is due; files are
 * read, projected and judged on every thread and their results committed in file order
 * (OrderedPipeline), so the report holds the same bytes as a sequential run. Memory stays flat:
 * at most BatchSize files are in flight, per group only its names are listed, the manifest is an
 * index of byte offsets (ManifestIndex), and matched snapshots are counted in a compact list; what
 * grows is what a report must show (differences).
 */

/// <summary>Compares a migrated output folder with verified snapshots and/or the generator's manifest in one parallel pass.</summary>
public sealed class FolderComparison
{
    // Received and verified files to write are written together once this many wait (and at each group's end).
    private const int PendingWrites = 256;
    private readonly SnapshotSettings _settings;

    /// <summary>Creates a comparison using <paramref name="settings"/> for the snapshot check (projection, environment, accept override).</summary>
    public FolderComparison(SnapshotSettings? settings = null) => _settings = settings ?? new SnapshotSettings();

    /// <summary>The formats used to read the output (.eml, mbox, Exchange 5.5 packing lists).</summary>
    public List<IOutputFormat> Formats { get; } = [new EmlOutputFormat(), new MboxOutputFormat(), new Exchange55OutputFormat()];

    /// <summary>How many threads read, project and judge messages; the processor count by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many files may be read ahead of the one whose results are committed next.</summary>
    internal int BatchSize { get; init; } = 64;

    /// <summary>Checks <paramref name="actualFolder"/> against <paramref name="verifiedFolder"/> (null: no snapshot check) and <paramref name="manifest"/> (null: no ground-truth check) with the migration <paramref name="report"/>.</summary>
    public ComparisonReport Compare(string actualFolder, string? verifiedFolder, ManifestRecords? manifest, MigrationReport? report, CancellationToken cancellationToken = default)
    {
        var output = new OutputFolder(actualFolder);
        output.Formats.Clear();
        output.Formats.AddRange(Formats);
        var snapshots = verifiedFolder is null ? null : new SnapshotPass(_settings, verifiedFolder);
        var truth = manifest is null ? null : new TruthPass(manifest, report);
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        var notRegular = new List<OutputEntry>();
        OrderedPipeline<WorkItem, WorkResult>.Run(
            Items(output, snapshots, notRegular),
            item => Work(output, item, snapshots, truth),
            result => Commit(result, snapshots, truth, options),
            MaxDegreeOfParallelism,
            BatchSize,
            cancellationToken);
        notRegular.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        if (manifest is { CoversPersonalData: true })
        {
            truth?.AddAll(PersonalDataCheck.Run(output.Root, manifest.Summary.Path));
        }

        return new ComparisonReport { Snapshots = snapshots?.ToResult(output.Root, notRegular), Truth = truth?.Finish(output.Root, notRegular) };
    }

    /// <summary>Checks the mailboxes of the mail server <paramref name="store"/> like an output folder: group by group (top-level folder), in chunks of messages.</summary>
    public ComparisonReport Compare(ImapMailStore store, string? verifiedFolder, ManifestRecords? manifest, MigrationReport? report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var snapshots = verifiedFolder is null ? null : new SnapshotPass(_settings, verifiedFolder);
        var truth = manifest is null ? null : new TruthPass(manifest, report);
        var options = new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        foreach (var group in OutputGroups.ForFolders(store.TopLevelNames(), snapshots?.VerifiedRoot))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var listed = snapshots?.ListGroup(group);
            if (listed is not null)
            {
                snapshots!.BeginGroup(listed);
            }

            foreach (var batch in store.Read(group.Key).Chunk(BatchSize))
            {
                var results = new (SnapshotItem? Snapshot, TruthJudgement? Truth)[batch.Length];
                Parallel.For(0, batch.Length, options, i => results[i] = (listed is null ? null : snapshots!.Evaluate(batch[i], batch[i].Location!.RelativePath, listed), truth?.Judge(batch[i])));
                CommitMessages(results, snapshots, truth);
                snapshots?.WritePending(options);
            }

            snapshots?.EndGroup();
        }

        return new ComparisonReport { Snapshots = snapshots?.ToResult(store.Account.Shown, []), Truth = truth?.Finish(store.Account.Shown, []) };
    }

    private static void CommitMessages(IEnumerable<(SnapshotItem? Snapshot, TruthJudgement? Truth)> results, SnapshotPass? snapshots, TruthPass? truth)
    {
        foreach (var (snapshot, judgement) in results)
        {
            if (snapshot is not null)
            {
                snapshots!.Commit(snapshot);
            }

            if (judgement is not null)
            {
                truth!.Commit(judgement);
            }
        }
    }

    // The work in output order: each group's start, its message files, its end. Enumerated under the pipeline's lock, so each
    // group is listed ahead, on the thread pool, while the one before it is worked: a listing under the lock stalled every thread.
    private static IEnumerable<WorkItem> Items(OutputFolder output, SnapshotPass? snapshots, List<OutputEntry> notRegular)
    {
        var groups = OutputGroups.List(output.Root, snapshots?.VerifiedRoot);
        var next = groups.Count > 0 ? ListAhead(output, snapshots, groups[0]) : null;
        for (var i = 0; i < groups.Count; i++)
        {
            var (listed, entries) = next!.GetAwaiter().GetResult();
            next = i + 1 < groups.Count ? ListAhead(output, snapshots, groups[i + 1]) : null;
            yield return new WorkItem(WorkKind.GroupStart, null, listed);
            foreach (var entry in entries)
            {
                if (!entry.IsRegularFile)
                {
                    notRegular.Add(entry);
                }
                else if (output.Claims(entry.RelativePath))
                {
                    yield return new WorkItem(WorkKind.File, entry.RelativePath, listed);
                }
            }

            yield return new WorkItem(WorkKind.GroupEnd, null, listed);
        }
    }

    private static Task<(SnapshotGroup? Listed, IReadOnlyList<OutputEntry> Entries)> ListAhead(OutputFolder output, SnapshotPass? snapshots, OutputGroup group) =>
        Task.Run(() => (snapshots?.ListGroup(group), group.WalkActual(output.Root)));

    private static WorkResult Work(OutputFolder output, WorkItem item, SnapshotPass? snapshots, TruthPass? truth)
    {
        if (item.Kind != WorkKind.File)
        {
            return new WorkResult(item, []);
        }

        var results = new List<(SnapshotItem?, TruthJudgement?)>(1);
        foreach (MigratedMessage message in output.Read(item.File!))
        {
            results.Add((snapshots?.Evaluate(message, item.File!, item.Group!), truth?.Judge(message)));
        }

        return new WorkResult(item, results);
    }

    private static void Commit(WorkResult result, SnapshotPass? snapshots, TruthPass? truth, ParallelOptions options)
    {
        switch (result.Item.Kind)
        {
            case WorkKind.GroupStart:
                snapshots?.BeginGroup(result.Item.Group!);
                return;
            case WorkKind.GroupEnd:
                snapshots?.WritePending(options);
                snapshots?.EndGroup();
                return;
        }

        CommitMessages(result.Messages, snapshots, truth);
        if (snapshots is { PendingCount: >= PendingWrites })
        {
            snapshots.WritePending(options);
        }
    }

    private enum WorkKind
    {
        GroupStart,
        File,
        GroupEnd,
    }

    private sealed record WorkItem(WorkKind Kind, string? File, SnapshotGroup? Group);

    private sealed record WorkResult(WorkItem Item, List<(SnapshotItem? Snapshot, TruthJudgement? Truth)> Messages);
}
