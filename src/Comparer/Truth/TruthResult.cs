using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The ground-truth check of a migrated output folder: grades per mailbox and run, field tallies, every difference.</summary>
public sealed record TruthResult
{
    /// <summary>The output folder checked.</summary>
    public required string ActualFolder { get; init; }

    /// <summary>The manifest used.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>The whole run's totals and grade (this is the grade that counts).</summary>
    public required MailboxTruth Run { get; init; }

    /// <summary>Per mailbox, in ordinal order of name.</summary>
    public required IReadOnlyList<MailboxTruth> Mailboxes { get; init; }

    /// <summary>Per-field fidelity over the compared messages, in <see cref="TruthField.Tallied"/> order.</summary>
    public required IReadOnlyList<FieldTally> Fields { get; init; }

    /// <summary>Every difference, ordered by mailbox, index and field.</summary>
    public required IReadOnlyList<TruthDifference> Differences { get; init; }

    /// <summary>Per output format that cannot carry everything, what it cannot carry and how many compared messages it held; those aspects were not compared.</summary>
    public IReadOnlyList<NotCarriedNote> NotCarried { get; init; } = [];

    /// <summary>Problems with the manifest and migration report.</summary>
    public IReadOnlyList<ComparerDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Whether the output matches the manifest exactly.</summary>
    public bool IsPerfect => Differences.Count == 0;
}
