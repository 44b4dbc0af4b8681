namespace MailMig.Fidelity.CcMail.Export;

/// <summary>How an export file is written as a whole.</summary>
public sealed record ExportWriterOptions
{
    /// <summary>The default: code page 850, CR LF line ends.</summary>
    public static ExportWriterOptions Default { get; } = new();

    /// <summary>The code page text is encoded in (437, 850 or 932).</summary>
    public int CodePage { get; init; } = 850;

    /// <summary>Write LF alone instead of CR LF (Text item sizes still count CR LF, as converted files did).</summary>
    public bool LfOnly { get; init; }
}
