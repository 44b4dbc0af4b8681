namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>One message record of <c>manifest.jsonl</c>: where it belongs, what it must contain and which outcome is correct.</summary>
public sealed record ManifestMessage
{
    /// <summary>The mailbox name.</summary>
    public required string Mailbox { get; init; }

    /// <summary>The 1-based source index in the mailbox.</summary>
    public required int Index { get; init; }

    /// <summary>The folder path, nested names joined by <c>\</c>.</summary>
    public string Folder { get; init; } = "";

    /// <summary>The user-visible content.</summary>
    public ManifestContent Content { get; init; } = new();

    /// <summary>The return-receipt address, or null when none was requested.</summary>
    public ManifestAddress? ReceiptTo { get; init; }

    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    public string Priority { get; init; } = "normal";

    /// <summary>The read state.</summary>
    public bool Read { get; init; }

    /// <summary>The faults applied to this message.</summary>
    public IReadOnlyList<ManifestFault> Faults { get; init; } = [];

    /// <summary>The outcome a correct migrator reaches.</summary>
    public ExpectedOutcome Outcome { get; init; }

    /// <summary>The repair ids a correct migrator reports (for <see cref="ExpectedOutcome.Repaired"/>).</summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];

    /// <summary>The skip reason id a correct migrator reports (for <see cref="ExpectedOutcome.Skipped"/>).</summary>
    public string? SkipReason { get; init; }

    /// <summary>What changes for a migrator reading one source kind (<c>db8</c>, <c>export</c>): the manifest's <c>bySource</c>.</summary>
    public IReadOnlyDictionary<string, ManifestSourceOverride> BySource { get; init; } = new Dictionary<string, ManifestSourceOverride>();

    /// <summary>This record as a migrator reading <paramref name="sourceKind"/> must reach it (the record itself when nothing changes).</summary>
    public ManifestMessage ForSource(string? sourceKind)
    {
        if (sourceKind is null || !BySource.TryGetValue(sourceKind, out var change))
        {
            return this;
        }

        return this with
        {
            Outcome = change.Outcome ?? Outcome,
            Repairs = change.Repairs ?? Repairs,
            SkipReason = change.HasSkipReason ? change.SkipReason : SkipReason,
            Content = change.Attachments is null ? Content : Content with { Attachments = change.Attachments },
        };
    }

    /// <summary>The 1-based line of the record in the manifest file.</summary>
    public int Line { get; init; }
}
