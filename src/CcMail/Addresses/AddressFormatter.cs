namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>Writes a typed address back as cc:Mail address text in its own notation.</summary>
public static class AddressFormatter
{
    /// <summary>The cc:Mail text for <paramref name="address"/>; parsing the result gives an equal address.</summary>
    public static string Format(CcAddress address) => address.Raw;
}
