using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A read <c>manifest.jsonl</c>: header, message records in file order, and what was wrong with the file.</summary>
public sealed record Manifest
{
    /// <summary>The manifest's path.</summary>
    public required string Path { get; init; }

    /// <summary>The header record, or null when line 1 is not one.</summary>
    public ManifestHeader? Header { get; init; }

    /// <summary>The message records in file order.</summary>
    public IReadOnlyList<ManifestMessage> Messages { get; init; } = [];

    /// <summary>Problems found while reading, each with its line.</summary>
    public IReadOnlyList<ComparerDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Whether any problem makes the manifest unusable as ground truth.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == ComparerSeverity.Error);
}
