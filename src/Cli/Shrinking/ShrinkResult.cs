namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>What shrinking reached: the shrunk export, the failure it kept, and how far it got.</summary>
/// <param name="Original">The original export as parsed.</param>
/// <param name="Shrunk">The shrunk export.</param>
/// <param name="Kept">The fact every candidate had to keep (the original's defining failure, or <c>--until</c>).</param>
/// <param name="Before">How the migrator failed on the original.</param>
/// <param name="After">How the migrator fails on the shrunk export.</param>
/// <param name="Runs">How many candidates were run.</param>
/// <param name="Complete">Whether every level reached its fixpoint (false when the budget ran out first).</param>
public sealed record ShrinkResult(RawExport Original, RawExport Shrunk, string Kept, Fingerprint Before, Fingerprint After, int Runs, bool Complete)
{
    /// <summary>One sentence saying from what to what it shrank.</summary>
    public string Summary() =>
        $"shrank {Original.Describe()} to {Shrunk.Describe()} in {Runs} runs, keeping '{Kept}'{(Complete ? "" : " (budget spent: not minimal)")}";
}
