using MailMig.Fidelity.Comparer.Reports;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>What running one corpus case found: how the migrator ended, and every way the output fell short.</summary>
public sealed record CaseResult
{
    /// <summary>The case.</summary>
    public required CorpusCase Case { get; init; }

    /// <summary>How the migrator process ended.</summary>
    public required ProcessOutcome Process { get; init; }

    /// <summary>The verdict judged from the process and its output.</summary>
    public required RunVerdict Verdict { get; init; }

    /// <summary>The snapshot and ground-truth comparison (absent when the source could not be made).</summary>
    public ComparisonReport? Comparison { get; init; }

    /// <summary>The first message missing in source order, or null.</summary>
    public MissingMessage? FirstMissing { get; init; }

    /// <summary>Every reason the case fails, one readable sentence each; empty when it passes.</summary>
    public required IReadOnlyList<string> Failures { get; init; }

    /// <summary>Findings that do not fail the case (an approved skip that no longer happens).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many source messages the case has (from the ground truth), or null when unknown.</summary>
    public int? SourceMessages { get; init; }

    /// <summary>The case's work folder (generated source, migrated output).</summary>
    public required string WorkFolder { get; init; }

    /// <summary>Why the run's received snapshots may not be accepted, or null when it completed and its only differences are changed fields.</summary>
    public string? NotAcceptableBecause { get; init; } = "unknown";

    /// <summary>The command that accepts this case's changed fields from the run in <paramref name="reportFolder"/>, or null when the run may not be accepted.</summary>
    public string? AcceptHint(string reportFolder) =>
        NotAcceptableBecause is null
            ? $"The only differences are changed fields. After reviewing them, accept them with: mailmig-fidelity accept --run \"{reportFolder}\" --case {Case.Name}"
            : null;

    /// <summary>Whether the case passes.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>A readable account: the case, what it guards, and each failure.</summary>
    public string Describe() =>
        Passed
            ? $"{Case.Name}: passed ({Case.Guards})"
            : $"{Case.Name}: FAILED ({Case.Guards})\n" + string.Join("\n", Failures.Select(f => "  - " + f.Replace("\n", "\n    ", StringComparison.Ordinal)));
}
