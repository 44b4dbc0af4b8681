using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The parts of <c>migration-report.json</c> the ground-truth check uses: skipped and repaired messages.</summary>
public sealed record MigrationReport
{
    /// <summary>The report's path.</summary>
    public required string Path { get; init; }

    /// <summary>The format id; <c>mailmig-fidelity/migration-report@1</c> or <c>@2</c>.</summary>
    public string Format { get; init; } = "";

    /// <summary>What the migrator read (<c>db8</c>, <c>export</c>), which selects the manifest's <c>bySource</c> values.</summary>
    public string? SourceKind { get; init; }

    /// <summary>The output target (<c>eml</c>, <c>mbox</c>, <c>exchange55</c>).</summary>
    public string? Target { get; init; }

    /// <summary>Whether the run finished.</summary>
    public bool Complete { get; init; }

    /// <summary>The skipped messages.</summary>
    public IReadOnlyList<ReportedSkip> Skipped { get; init; } = [];

    /// <summary>The repaired messages.</summary>
    public IReadOnlyList<ReportedRepair> Repaired { get; init; } = [];

    /// <summary>Problems found while reading the report.</summary>
    public IReadOnlyList<ComparerDiagnostic> Diagnostics { get; init; } = [];
}
