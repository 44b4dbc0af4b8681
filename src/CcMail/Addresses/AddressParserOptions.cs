namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>How lenient the address parser is and what context it resolves names against.</summary>
public sealed record AddressParserOptions
{
    /// <summary>The lenient default: every tolerated quirk accepted with a diagnostic.</summary>
    public static AddressParserOptions Default { get; } = new();

    /// <summary>Strict: questionable input (stray comma, unbalanced quotes, over 126 characters) yields kind Unknown and an error diagnostic.</summary>
    public static AddressParserOptions Strict { get; } = new() { Compliance = ParserCompliance.Strict };

    /// <summary>Loose (default) or strict.</summary>
    public ParserCompliance Compliance { get; init; } = ParserCompliance.Loose;

    /// <summary>The post office a name alone belongs to (the mailbox's own, KB Q241553); null leaves it unresolved.</summary>
    public string? DefaultPostOffice { get; init; }

    /// <summary>Post office names known to be gateways (from the directory); <c>ATTMAIL</c> is always one.</summary>
    public IReadOnlySet<string> Gateways { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest address line cc:Mail allowed (KB Q137394); longer ones get a diagnostic.</summary>
    public int MaxLength { get; init; } = 126;
}
