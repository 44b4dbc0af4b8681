namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The values of a manifest message that differ for a migrator reading one source kind (a <c>bySource</c> entry).</summary>
/// <param name="Outcome">The outcome for that source kind, or null when unchanged.</param>
/// <param name="Repairs">The repair ids, or null when unchanged.</param>
/// <param name="HasSkipReason">Whether the entry gives a skip reason (which may be null).</param>
/// <param name="SkipReason">The skip reason when <paramref name="HasSkipReason"/>.</param>
/// <param name="Attachments">The attachments, or null when unchanged.</param>
public sealed record ManifestSourceOverride(
    ExpectedOutcome? Outcome,
    IReadOnlyList<string>? Repairs,
    bool HasSkipReason,
    string? SkipReason,
    IReadOnlyList<ManifestAttachment>? Attachments);
