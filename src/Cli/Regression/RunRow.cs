namespace MailMig.Fidelity.Cli.Regression;

/// <summary>What the run's text summary and HTML index show of one case; made from a case result, or read back from a shard's summary.json to merge.</summary>
/// <param name="Name">The case.</param>
/// <param name="Guards">What the case guards.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Verdict">How the migrator ended (a <see cref="RunVerdict"/> name).</param>
/// <param name="Grade">The ground-truth grade, or null without ground truth.</param>
/// <param name="Failures">Every failure sentence.</param>
public sealed record RunRow(string Name, string Guards, bool Passed, string Verdict, string? Grade, IReadOnlyList<string> Failures)
{
    /// <summary>The row of <paramref name="result"/>.</summary>
    public static RunRow From(CaseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RunRow(result.Case.Name, result.Case.Guards, result.Passed, result.Verdict.ToString(),
            result.Comparison?.Truth?.Run.Grade.ToString(), result.Failures);
    }

    /// <summary>A readable account, as <see cref="CaseResult.Describe"/> gives it.</summary>
    public string Describe() =>
        Passed
            ? $"{Name}: passed ({Guards})"
            : $"{Name}: FAILED ({Guards})\n" + string.Join("\n", Failures.Select(f => "  - " + f.Replace("\n", "\n    ", StringComparison.Ordinal)));
}
