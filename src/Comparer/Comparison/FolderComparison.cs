using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * The single pass behind `compare`: each message is read and parsed once, and the same parsed
 * message feeds the snapshot check and the ground-truth check. The output is taken one group (a
 * top-level folder: a mailbox) at a time and each group in batches of files: a batch is read,
 * projected and judged in parallel, then committed in file order, so the report holds the same
 * bytes as a sequential run. Memory stays flat: per group only its names are listed, the
 * manifest is an index of byte offsets (ManifestIndex), and matched snapshots are counted in a
 * compact list; what grows is what a report must show (differences).
 */

/// <summary>Compares a migrated output folder with verified snapshots and/or the generator's manifest in one parallel pass.</summary>
public sealed class FolderComparison
{
    private readonly SnapshotSettings _settings;

    /// <summary>Creates a comparison using <paramref name="settings"/> for the snapshot check (projection, environment, accept override).</summary>
    public FolderComparison(SnapshotSettings? settings = null) => _settings = settings ?? new SnapshotSettings();

    /// <summary>The formats used to read the output (.eml, mbox, Exchange 5.5 packing lists).</summary>
    public List<IOutputFormat> Formats { get; } = [new EmlOutputFormat(), new MboxOutputFormat(), new Exchange55OutputFormat()];

    /// <summary>How many threads read, project and judge messages; the processor count by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many files are read in parallel before their results are committed in order.</summary>
    internal int BatchSize { get; init; } = 512;

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
        foreach (var group in OutputGroups.List(output.Root, snapshots?.VerifiedRoot))
        {
            cancellationToken.ThrowIfCancellationRequested();
            snapshots?.BeginGroup(group);
            var entries = group.WalkActual(output.Root);
            notRegular.AddRange(entries.Where(e => !e.IsRegularFile));
            var files = entries.Where(e => e.IsRegularFile && output.Claims(e.RelativePath)).Select(e => e.RelativePath);
            foreach (var batch in files.Chunk(BatchSize))
            {
                RunBatch(output, batch, snapshots, truth, options);
            }

            snapshots?.EndGroup();
        }

        notRegular.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        truth?.AddAll(PersonalDataCheck.Run(output.Root, manifest?.Summary.Path));
        return new ComparisonReport { Snapshots = snapshots?.ToResult(output.Root, notRegular), Truth = truth?.Finish(output.Root, notRegular) };
    }

    private void RunBatch(OutputFolder output, string[] batch, SnapshotPass? snapshots, TruthPass? truth, ParallelOptions options)
    {
        var results = new List<(SnapshotItem? Snapshot, TruthJudgement? Truth)>[batch.Length];
        Parallel.For(0, batch.Length, options, i => results[i] = ReadFile(output, batch[i], snapshots, truth));
        foreach (var messages in results)
        {
            foreach (var (snapshot, judgement) in messages)
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

        snapshots?.WritePending(options);
    }

    private static List<(SnapshotItem?, TruthJudgement?)> ReadFile(OutputFolder output, string file, SnapshotPass? snapshots, TruthPass? truth)
    {
        var results = new List<(SnapshotItem?, TruthJudgement?)>(1);
        foreach (MigratedMessage message in output.Read(file))
        {
            results.Add((snapshots?.Evaluate(message, file), truth?.Judge(message)));
        }

        return results;
    }
}
