namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>Parses the value of a From, To, Cc, Bcc or RRT line into a typed address; never throws on input.</summary>
public static class AddressParser
{
    /// <summary>Parses <paramref name="text"/> under <paramref name="options"/> (lenient by default), in time linear in its length.</summary>
    public static CcAddress Parse(string text, AddressParserOptions? options = null) =>
        new AddressReader(text ?? "", options ?? AddressParserOptions.Default).Read();
}
