/*
 * Structure-aware delta debugging over an export file: messages, then items, then header lines,
 * then address elements, then characters, repeated until no level removes anything (so the result
 * is 1-minimal at every level). Each candidate is the original's dialect re-written: its own line
 * ends, code page and quirks, sizes and counts recomputed with the original's deltas. A candidate
 * "still fails" when it has the original's defining failure (or, with --until, a fact starting so).
 */
namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Shrinks a failing export to a minimal one that fails the same way.</summary>
public sealed class Shrinker(FailureOracle oracle)
{
    /// <summary>How many candidates are tested at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>A fact prefix that overrides the original's defining failure (<c>--until</c>), or null.</summary>
    public string? Until { get; init; }

    /// <summary>How long shrinking may take before it stops with the best so far, or null for no limit.</summary>
    public TimeSpan? Budget { get; init; }

    /// <summary>Called with a line of progress ("messages: 12 of 40 kept") after every reduction and level.</summary>
    public Action<string>? Progress { get; init; }

    /// <summary>Shrinks <paramref name="original"/>; throws <see cref="ShrinkException"/> when it does not fail or cannot be split faithfully.</summary>
    public async Task<ShrinkResult> ShrinkAsync(byte[] original, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        var export = RawExportParser.Parse(original);
        var rewritten = export.ToBytes();
        if (!rewritten.AsSpan().SequenceEqual(original))
        {
            var at = rewritten.AsSpan().CommonPrefixLength(original);
            throw new ShrinkException($"the export cannot be split into messages and re-written byte for byte (first difference at offset {at}); shrinking it would change what the migrator reads");
        }

        var before = await oracle.FingerprintAsync(original, cancellationToken).ConfigureAwait(false);
        var kept = Until ?? before.Primary ?? throw new ShrinkException($"nothing to shrink: the migrator does not fail on it ({before})");
        if (!before.Has(kept, prefix: Until is not null))
        {
            throw new ShrinkException($"nothing to shrink: the migrator does not fail on it as --until '{Until}' says (it: {before})");
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Budget is { } limit)
        {
            budget.CancelAfter(limit);
        }

        export = await FixpointAsync(export, kept, budget.Token).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var after = await oracle.FingerprintAsync(export.ToBytes(), cancellationToken).ConfigureAwait(false);
        return new ShrinkResult(RawExportParser.Parse(original), export, kept, before, after, oracle.Runs, !budget.IsCancellationRequested);
    }

    private async Task<RawExport> FixpointAsync(RawExport export, string kept, CancellationToken budget)
    {
        var changed = true;
        while (changed && !budget.IsCancellationRequested)
        {
            changed = false;
            foreach (var level in ShrinkLevel.All)
            {
                var units = level.Units(export);
                var current = export;
                var debugger = new DeltaDebugger { Parallelism = Parallelism, Reduced = count => Progress?.Invoke($"{level.Name}: {count} of {units.Count} kept ({oracle.Runs} runs)") };
                var remaining = await debugger.MinimizeAsync(units, subset => StillFailsAsync(level.Without(current, Removed(units, subset)), kept), budget).ConfigureAwait(false);
                if (remaining.Count < units.Count)
                {
                    export = level.Without(export, Removed(units, remaining));
                    Progress?.Invoke($"after {level.Name}: {export.Describe()}");
                    changed = true;
                }
            }
        }

        return export;
    }

    /// <summary>Whether <paramref name="candidate"/> still has the failure <paramref name="kept"/>.</summary>
    private async Task<bool> StillFailsAsync(RawExport candidate, string kept) =>
        (await oracle.FingerprintAsync(candidate.ToBytes()).ConfigureAwait(false)).Has(kept, prefix: Until is not null);

    private static HashSet<UnitKey> Removed(IReadOnlyList<UnitKey> units, IReadOnlyList<UnitKey> kept) => units.Except(kept).ToHashSet();
}
