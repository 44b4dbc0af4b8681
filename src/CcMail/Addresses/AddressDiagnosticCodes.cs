namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>The stable codes of the diagnostics the address parser reports, for tests and reports to key on.</summary>
public static class AddressDiagnosticCodes
{
    /// <summary>The text is empty or only whitespace.</summary>
    public const string Empty = "address.empty";

    /// <summary>The text is longer than <see cref="AddressParserOptions.MaxLength"/> (126, KB Q137394).</summary>
    public const string TooLong = "address.too-long";

    /// <summary>A comma before a bracketed display name (<c>,User [SMTP:...] at site</c>, KB Q179677).</summary>
    public const string StrayComma = "address.stray-comma";

    /// <summary>A double quote that is never closed; the quotes were kept as text.</summary>
    public const string UnbalancedQuote = "address.unbalanced-quote";

    /// <summary>A <c>[</c> that is never closed; the brackets were kept as text.</summary>
    public const string UnbalancedBracket = "address.unbalanced-bracket";

    /// <summary>A quoted name or post office with nothing between the quotes.</summary>
    public const string EmptyName = "address.empty-name";

    /// <summary>A <c>TYPE:</c> with no address after the colon.</summary>
    public const string EmptyAddress = "address.empty-address";

    /// <summary>A name alone and no default post office to resolve it against (KB Q241553).</summary>
    public const string UnresolvedPostOffice = "address.unresolved-post-office";
}
