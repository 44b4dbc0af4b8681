using System.Buffers;

namespace MailMig.Fidelity.CcMail.Addresses;

/*
 * The formatter quotes only what must be quoted for the parser to read the same parts back, so a
 * plain "Smith, Grover at FERGUSON" comes out as written. A name is quoted when it is empty or padded,
 * holds a quote, a bracket or the word "at", starts with a comma, or would read as a foreign form
 * (TYPE:x, local@domain, a bang path, X.400); a post office also when it holds / = ; or @.
 * Typed and bare foreign addresses cannot be quoted: one that ends in " at <word>" reads back as
 * routed through <word> (docs/formats/addresses.md, "Limits").
 */

/// <summary>Writes a typed address back as cc:Mail address text in its own notation.</summary>
public static class AddressFormatter
{
    private static readonly SearchValues<char> NameQuoteTriggers = SearchValues.Create("\"[]");
    private static readonly SearchValues<char> PostOfficeQuoteTriggers = SearchValues.Create("\"[]/=;@");

    /// <summary>The cc:Mail text for <paramref name="address"/>; parsing the result gives an equal address (Raw aside).</summary>
    public static string Format(CcAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var atPostOffice = address.PostOffice is null ? "" : " at " + QuotePostOffice(address.PostOffice);
        return address.Notation switch
        {
            AddressNotation.NameOnly => QuoteName(address.DisplayName ?? address.Address),
            AddressNotation.AtPostOffice => Local(address) + atPostOffice,
            AddressNotation.Typed when address.Type == AddressForms.CcMailType =>
                $"{address.Type}:{QuoteName(address.DisplayName ?? address.Address)}{atPostOffice}",
            AddressNotation.Typed => $"{address.Type}:{address.Address}{atPostOffice}",
            AddressNotation.Bracketed =>
                $"{(address.DisplayName is null ? "" : QuoteName(address.DisplayName) + " ")}[{address.Type}:{address.Address}]{atPostOffice}",
            AddressNotation.Bare => address.Address + atPostOffice,
            _ => address.Address,
        };
    }

    /// <summary>The native address <c>name at postOffice</c>, each part quoted when it must be.</summary>
    public static string FormatNative(string name, string postOffice) => $"{QuoteName(name)} at {QuotePostOffice(postOffice)}";

    /// <summary><paramref name="name"/> as written, or double-quoted with <c>""</c> for a quote when it would not read back as itself.</summary>
    public static string QuoteName(string name) =>
        AddressForms.IsEmptyOrPadded(name) || name[0] == ',' || name.AsSpan().ContainsAny(NameQuoteTriggers)
        || AddressForms.ContainsAtWord(name) || AddressForms.IsForeign(name) ? Quote(name) : name;

    /// <summary><paramref name="postOffice"/> as written, or double-quoted when it would not read back as itself.</summary>
    public static string QuotePostOffice(string postOffice) =>
        AddressForms.IsEmptyOrPadded(postOffice) || postOffice.AsSpan().ContainsAny(PostOfficeQuoteTriggers)
        || AddressForms.ContainsAtWord(postOffice) ? Quote(postOffice) : postOffice;

    // What stands before " at PO": a native name (quoted if need be), or a foreign address as written.
    private static string Local(CcAddress address)
    {
        if (address.Type == AddressForms.CcMailType)
        {
            return QuoteName(address.DisplayName ?? address.Address);
        }

        return AddressForms.IsForeign(address.Address) ? address.Address : QuoteName(address.Address);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
