/*
 * What one `run` command line asked of sharding, and the one place a shard's cases are chosen from
 * the corpus (corpus order kept, so a shard's reports read like part of the whole run's).
 */
using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Sharding;

/// <summary>The sharding asked for on one command line.</summary>
/// <param name="List">Print the cases instead of running them.</param>
/// <param name="Json">Print the list as JSON.</param>
/// <param name="Shard">The part to run, or null for all.</param>
/// <param name="RecordDurations">Record case durations after the run.</param>
public sealed record ShardRequest(bool List, bool Json, ShardSpec? Shard, bool RecordDurations)
{
    /// <summary>The durations recorded in <paramref name="corpora"/>; what cannot be read is a warning on <paramref name="error"/>.</summary>
    public CaseDurations LoadDurations(string corpora, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var durations = CaseDurations.Load(corpora);
        foreach (var diagnostic in durations.Diagnostics)
        {
            error.WriteLine("warning: " + diagnostic);
        }

        return durations;
    }

    /// <summary>The cases of <paramref name="cases"/> in this request's shard, in corpus order.</summary>
    public IReadOnlyList<CorpusCase> Select(IReadOnlyList<CorpusCase> cases, CaseDurations durations)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(durations);
        if (Shard is not { } shard)
        {
            return cases;
        }

        var mine = ShardPlanner.Select(cases.Select(c => c.Name).ToList(), durations.Seconds, shard).ToHashSet(StringComparer.Ordinal);
        return cases.Where(c => mine.Contains(c.Name)).ToList();
    }
}
