using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>How the export reader tolerates deviations and resolves context.</summary>
public sealed record ExportReaderOptions
{
    /// <summary>The lenient default.</summary>
    public static ExportReaderOptions Default { get; } = new();

    /// <summary>Loose (default) or strict.</summary>
    public ParserCompliance Compliance { get; init; } = ParserCompliance.Loose;

    /// <summary>A code page that overrides the file's <c>Codepage:</c> line, or null.</summary>
    public int? CodePage { get; init; }

    /// <summary>How dates are read.</summary>
    public CcDateOptions Dates { get; init; } = CcDateOptions.Default;

    /// <summary>How addresses are parsed; the file's <c>Postoffice:</c> fills DefaultPostOffice when it is null.</summary>
    public AddressParserOptions Addresses { get; init; } = AddressParserOptions.Default;

    /// <summary>The largest header section accepted (160 KB after Import/Export 8.2x, KB Q266711); larger ones are damage.</summary>
    public int MaxHeaderBytes { get; init; } = 160 * 1024;

    /// <summary>The longest header line kept (keyword, value and continuation lines); a longer one keeps its first bytes up to this and is reported.</summary>
    public int MaxHeaderLineBytes { get; init; } = 64 * 1024;

    /// <summary>The deepest nesting of forwarded messages read as messages; deeper levels are kept as the bytes of a File item <c>nested-N.eml</c>.</summary>
    public int MaxNesting { get; init; } = 16;

    /// <summary>The largest item accepted (and the most data kept when damage hides where an item ends); larger is damage.</summary>
    public int MaxItemBytes { get; init; } = 128 * 1024 * 1024;

    /// <summary>The most diagnostics kept for one message (and ten times that for the file); a last one says when more were suppressed.</summary>
    public int MaxDiagnosticsPerMessage { get; init; } = 100;

    /// <summary>The ceiling on <see cref="MaxItemBytes"/>: an item's hex form must fit one buffer.</summary>
    public const int MaxItemBytesLimit = 512 * 1024 * 1024;

    /// <summary>The ceiling on <see cref="MaxNesting"/>, which bounds the reader's recursion.</summary>
    public const int MaxNestingLimit = 100;
}
