/*
 * How the corpus is split across CI runners: greedy longest-first over the recorded case durations
 * (the classic LPT schedule, within 4/3 of the best possible makespan). Cases are taken from the
 * longest down, ties by name, each onto the part with the least total so far, ties to the lowest
 * part; each part then runs its cases in corpus order. The same names and durations always give
 * the same parts on every machine, and every case lands in exactly one part.
 */
namespace MailMig.Fidelity.Cli.Sharding;

/// <summary>Splits case names into balanced, deterministic parts.</summary>
public static class ShardPlanner
{
    /// <summary>The seconds assumed for a case when no case has a recorded duration.</summary>
    public const double DefaultSeconds = 1.0;

    /// <summary>The names of part <paramref name="shard"/>, in the order of <paramref name="names"/>.</summary>
    public static IReadOnlyList<string> Select(IReadOnlyList<string> names, IReadOnlyDictionary<string, double> durations, ShardSpec shard) =>
        Partition(names, durations, shard.Count)[shard.Index - 1];

    /// <summary>All <paramref name="count"/> parts of <paramref name="names"/>, each in the order of <paramref name="names"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Partition(IReadOnlyList<string> names, IReadOnlyDictionary<string, double> durations, int count)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var loads = new double[count];
        var part = new Dictionary<string, int>(StringComparer.Ordinal);
        var longestFirst = names.Distinct(StringComparer.Ordinal)
            .Select(n => (Name: n, Seconds: Estimate(n, durations)))
            .OrderByDescending(c => c.Seconds)
            .ThenBy(c => c.Name, StringComparer.Ordinal);
        foreach (var (name, seconds) in longestFirst)
        {
            var least = 0;
            for (var i = 1; i < count; i++)
            {
                if (loads[i] < loads[least])
                {
                    least = i;
                }
            }

            loads[least] += seconds;
            part[name] = least;
        }

        return Enumerable.Range(0, count)
            .Select(i => (IReadOnlyList<string>)names.Where(n => part[n] == i).ToList())
            .ToList();
    }

    /// <summary>The recorded seconds of <paramref name="name"/>, or the median of the recorded ones when it has none.</summary>
    public static double Estimate(string name, IReadOnlyDictionary<string, double> durations)
    {
        ArgumentNullException.ThrowIfNull(durations);
        if (durations.TryGetValue(name, out var seconds) && seconds > 0)
        {
            return seconds;
        }

        var known = durations.Values.Where(s => s > 0).Order().ToList();
        return known.Count == 0 ? DefaultSeconds : known[known.Count / 2];
    }
}
