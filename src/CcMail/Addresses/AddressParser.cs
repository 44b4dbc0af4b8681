namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>Parses the value of a From, To, Cc, Bcc or RRT line into a typed address; never throws on input.</summary>
public static class AddressParser
{
    /// <summary>Parses <paramref name="text"/> under <paramref name="options"/> (lenient by default).</summary>
    public static CcAddress Parse(string text, AddressParserOptions? options = null)
    {
        // Placeholder until the address grammar lands: keeps the raw text so nothing is lost.
        _ = options;
        return new CcAddress { Raw = text, Kind = AddressKind.Unknown, Notation = AddressNotation.Unparsed, Type = "UNKNOWN", Address = text };
    }
}
