namespace MailMig.Fidelity.Comparer.Reports;

/// <summary>How reports are written: redaction of customer content and how many messages are shown in detail.</summary>
public sealed record ReportOptions
{
    /// <summary>Keep bodies and attachment contents (and hashes) out of every report; sizes stay.</summary>
    public bool Redact { get; init; }

    /// <summary>How many differing messages are shown with their diff (HTML, console); the rest are counted.</summary>
    public int MaxDetailedMessages { get; init; } = 500;
}
