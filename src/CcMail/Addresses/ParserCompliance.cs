namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>Whether a parser tolerates quirks real exports contain (after MimeKit's RfcComplianceMode).</summary>
public enum ParserCompliance
{
    /// <summary>Accept every quirk the reference grammar lists, with a diagnostic.</summary>
    Loose,

    /// <summary>Reject questionable input.</summary>
    Strict,
}
