/*
 * Zeller's ddmin, complement form: split what is kept into n chunks, try keeping all but one chunk,
 * take the first that still fails and coarsen, else refine, down to single units. When no single
 * unit can be removed any more the result is 1-minimal for this level. Candidates of one round are
 * tested in parallel (as many as there are cores), and the FIRST failing one in chunk order is
 * taken, after every earlier one has been tested: the result does not depend on timing.
 */
namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Delta debugging over a list of units with a parallel, deterministic test.</summary>
public sealed class DeltaDebugger
{
    /// <summary>How many candidates are tested at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Called with how many units are kept after each successful reduction.</summary>
    public Action<int>? Reduced { get; init; }

    /// <summary>The smallest subset of <paramref name="units"/> (in order) that <paramref name="stillFails"/> accepts, removing chunks while it does; stops early when <paramref name="cancellationToken"/> fires.</summary>
    public async Task<IReadOnlyList<T>> MinimizeAsync<T>(IReadOnlyList<T> units, Func<IReadOnlyList<T>, Task<bool>> stillFails, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(stillFails);
        var kept = units.ToList();
        var n = 2;
        while (kept.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            var granularity = Math.Min(n, kept.Count);
            var candidates = Chunks(kept.Count, granularity).Select(chunk => kept.Where((_, i) => i < chunk.Start || i >= chunk.End).ToList()).ToList();
            var found = await FirstFailingAsync(candidates, stillFails, cancellationToken).ConfigureAwait(false);
            if (found is { } smaller)
            {
                kept = smaller;
                Reduced?.Invoke(kept.Count);
                n = Math.Max(granularity - 1, 2);
                continue;
            }

            if (granularity == kept.Count)
            {
                break;
            }

            n = Math.Min(granularity * 2, kept.Count);
        }

        return kept;
    }

    private async Task<List<T>?> FirstFailingAsync<T>(List<List<T>> candidates, Func<IReadOnlyList<T>, Task<bool>> stillFails, CancellationToken cancellationToken)
    {
        for (var batch = 0; batch < candidates.Count; batch += Parallelism)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            var tested = candidates.Skip(batch).Take(Parallelism).ToList();
            var results = await Task.WhenAll(tested.Select(c => Task.Run(() => stillFails(c), CancellationToken.None))).ConfigureAwait(false);
            var first = Array.IndexOf(results, true);
            if (first >= 0)
            {
                return tested[first];
            }
        }

        return null;
    }

    private static IEnumerable<(int Start, int End)> Chunks(int count, int parts)
    {
        for (var p = 0; p < parts; p++)
        {
            yield return (count * p / parts, count * (p + 1) / parts);
        }
    }
}
