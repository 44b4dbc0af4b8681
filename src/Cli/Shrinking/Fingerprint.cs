namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>How a migrator failed on one input, as facts in order of weight: "crashed (signal 6)", "hung", "refused (exit 2)", "skipped: reason", "loses messages", "differs: cc".</summary>
/// <param name="Facts">The facts, the defining one first; empty when the run did not fail.</param>
public sealed record Fingerprint(IReadOnlyList<string> Facts)
{
    /// <summary>The fingerprint of a run that did not fail.</summary>
    public static Fingerprint None { get; } = new([]);

    /// <summary>Whether the run failed at all.</summary>
    public bool IsFailure => Facts.Count > 0;

    /// <summary>The defining fact: the verdict, else the first skip, loss or differing field.</summary>
    public string? Primary => Facts.Count > 0 ? Facts[0] : null;

    /// <summary>Whether a fact is <paramref name="fact"/> or, with <paramref name="prefix"/>, starts with it (<c>--until</c>).</summary>
    public bool Has(string fact, bool prefix) =>
        Facts.Any(f => prefix ? f.StartsWith(fact, StringComparison.OrdinalIgnoreCase) : f.Equals(fact, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override string ToString() => Facts.Count == 0 ? "no failure" : string.Join("; ", Facts);
}
