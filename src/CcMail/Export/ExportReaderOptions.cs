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

    /// <summary>The deepest nesting of forwarded messages; deeper is damage.</summary>
    public int MaxNesting { get; init; } = 16;
}
