namespace MailMig.Fidelity.CcMail.Export;

/// <summary>How one message block is written, including the deviations real exports contained (for fault injection and fixtures).</summary>
public sealed record ExportBlockStyle
{
    /// <summary>A faithful block: exact size, CR LF, raw data, a true item count.</summary>
    public static ExportBlockStyle Default { get; } = new();

    /// <summary>How the <c>Message:</c> size is written.</summary>
    public SizeFieldStyle SizeField { get; init; } = SizeFieldStyle.Exact;

    /// <summary>The size written when <see cref="SizeField"/> is <see cref="SizeFieldStyle.Wrong"/>.</summary>
    public long WrongSize { get; init; }

    /// <summary>Write binary items as hex (<c>/FILES/HEX</c>) instead of raw bytes.</summary>
    public bool HexFiles { get; init; }

    /// <summary>The <c>Contents:</c> count to write instead of the true one, or null.</summary>
    public int? ContentsCountOverride { get; init; }
}
