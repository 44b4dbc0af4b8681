namespace MailMig.Fidelity.Cli.Anonymizing;

/// <summary>How our migrator's outcomes on the original and the anonymized export compare.</summary>
/// <param name="Original">The outcome lines of the original (counts, repairs, skips).</param>
/// <param name="Anonymized">The outcome lines of the anonymized file.</param>
public sealed record AnonymizeOutcome(IReadOnlyList<string> Original, IReadOnlyList<string> Anonymized)
{
    /// <summary>Whether the two migrations had the same counts, repairs and skips.</summary>
    public bool Same => Original.SequenceEqual(Anonymized, StringComparer.Ordinal);

    /// <summary>The lines only one side has, marked with the side.</summary>
    public IEnumerable<string> Differences() =>
        Original.Except(Anonymized, StringComparer.Ordinal).Select(l => "original only: " + l)
            .Concat(Anonymized.Except(Original, StringComparer.Ordinal).Select(l => "anonymized only: " + l));
}
