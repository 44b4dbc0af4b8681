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

    /// <summary>How many error diagnostics were found, including those not kept in <see cref="Diagnostics"/>.</summary>
    public int ErrorCount { get; init; }

    /// <summary>Whether any problem makes the manifest unusable as ground truth.</summary>
    public bool HasErrors => ErrorCount > 0 || Diagnostics.Any(d => d.Severity == ComparerSeverity.Error);

    /// <summary>One line for people: the first error (file, line, what is wrong) and how many more bad lines follow; null when there is none.</summary>
    public string? ErrorSummary()
    {
        var first = Diagnostics.FirstOrDefault(d => d.Severity == ComparerSeverity.Error);
        if (first is null)
        {
            return null;
        }
        // Values quoted from the file may hold line breaks (JSON escapes): the summary stays one line.
        var text = string.Concat(first.ToString().Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        if (text.Length > MaxSummaryLength)
        {
            text = text[..MaxSummaryLength] + "…";
        }

        var more = Math.Max(ErrorCount, 1) - 1;
        return more == 0 ? text : text + string.Create(System.Globalization.CultureInfo.InvariantCulture, $" (and {more} more bad lines)");
    }

    private const int MaxSummaryLength = 300;
}
