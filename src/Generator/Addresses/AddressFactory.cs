using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.Generator.Addresses;

/// <summary>Builds addresses by construction: the raw text the writers write, and the proxy (type, address, display name) the migrator must reach.</summary>
/// <remarks>
/// The generator never asks the parser what an address means: each builder here knows the notation it
/// wrote, so the manifest's expected proxy is independent of the code under test. The mapping follows
/// docs/fault-catalog.md and the CcAddress contract: native and gateway-routed names are CCMAIL
/// <c>Name at PO</c> with the name as display name; SMTP is direct; ATTMAIL, X400, MS and unknown types keep
/// their type and their text as written; a display name only where the text has one.
/// </remarks>
public static class AddressFactory
{
    /// <summary>The gateway post office of AT&amp;T Mail.</summary>
    public const string AttmailGateway = "ATTMAIL";

    /// <summary>A native cc:Mail address <c>Name at PO</c>, quoting the name or post office where the grammar needs it.</summary>
    public static CcAddress Native(string name, string postOffice, bool forceQuotedPostOffice = false) => new()
    {
        Raw = $"{QuoteIfNeeded(name)} at {(forceQuotedPostOffice ? Quote(postOffice) : QuoteIfNeeded(postOffice))}",
        Kind = AddressKind.CcMail,
        Notation = AddressNotation.AtPostOffice,
        Type = "CCMAIL",
        Address = $"{name} at {postOffice}",
        DisplayName = name,
        PostOffice = postOffice,
    };

    /// <summary>A name alone, which means the mailbox's own post office <paramref name="ownPostOffice"/> (KB Q241553).</summary>
    public static CcAddress NameOnly(string name, string ownPostOffice) => new()
    {
        Raw = QuoteIfNeeded(name),
        Kind = AddressKind.CcMail,
        Notation = AddressNotation.NameOnly,
        Type = "CCMAIL",
        Address = $"{name} at {ownPostOffice}",
        DisplayName = name,
        PostOffice = ownPostOffice,
    };

    /// <summary>A name of no recognisable type routed through a gateway post office (MHS, Notes): a CCMAIL proxy like a native address.</summary>
    public static CcAddress Gateway(string name, string gateway) => Native(name, gateway) with { Kind = AddressKind.Gateway };

    /// <summary>An Internet address through the SMTP link: <c>user@host at GATEWAY</c>.</summary>
    public static CcAddress SmtpAtGateway(string email, string gateway) => new()
    {
        Raw = $"{email} at {gateway}",
        Kind = AddressKind.Smtp,
        Notation = AddressNotation.AtPostOffice,
        Type = "SMTP",
        Address = email,
        PostOffice = gateway,
    };

    /// <summary>A bracketed typed address <c>[,][Display ][TYPE:address][ at GATEWAY]</c> (KB Q179677 shows the stray comma).</summary>
    public static CcAddress Bracketed(string? displayName, string type, string address, string? gateway, bool strayComma = false) => new()
    {
        Raw = $"{(strayComma ? "," : "")}{(displayName is null ? "" : displayName + " ")}[{type}:{address}]{(gateway is null ? "" : " at " + gateway)}",
        Kind = KindOf(type, address),
        Notation = AddressNotation.Bracketed,
        Type = type.ToUpperInvariant(),
        Address = address,
        DisplayName = displayName,
        PostOffice = gateway,
    };

    /// <summary>A typed address without brackets, <c>TYPE:address</c>.</summary>
    public static CcAddress Typed(string type, string address) => new()
    {
        Raw = $"{type}:{address}",
        Kind = KindOf(type, address),
        Notation = AddressNotation.Typed,
        Type = type.ToUpperInvariant(),
        Address = address,
    };

    /// <summary>An ATTMAIL address in <paramref name="form"/> and <paramref name="textCase"/> (applied to the whole text) for the user <paramref name="user"/> (<c>jdoe</c>) of <paramref name="org"/>.</summary>
    public static CcAddress Attmail(AttmailForm form, TextCase textCase, string user, string org, string surname, string given)
    {
        // The canonical text, the proxy type, where the proxy address starts and how many characters end it (brackets).
        var (text, type, notation, start, trim) = form switch
        {
            AttmailForm.AtGateway => ($"{user} at ATTMAIL", "ATTMAIL", AddressNotation.AtPostOffice, 0, 11),
            AttmailForm.Typed => ($"ATTMAIL:{user}", "ATTMAIL", AddressNotation.Typed, 8, 0),
            AttmailForm.TypedBang => ($"ATTMAIL:!{user}", "ATTMAIL", AddressNotation.Typed, 8, 0),
            AttmailForm.BangPath => ($"ATTMAIL!{user}", "ATTMAIL", AddressNotation.Bare, 0, 0),
            AttmailForm.BracketedSmtpBang => ($"[SMTP:ATTMAIL!{user}]", "SMTP", AddressNotation.Bracketed, 6, 1),
            AttmailForm.X400Slash => ($"X400:/c=US/a=ATTMAIL/p={org}/s={surname}/g={given}", "X400", AddressNotation.Typed, 5, 0),
            AttmailForm.X400Admd => ($"X400:/c=US/admd=ATTMAIL/prmd={org}/pn={given}.{surname}", "X400", AddressNotation.Typed, 5, 0),
            _ => ($"c=US;a=ATTMAIL;p={org};s={surname};g={given}", "X400", AddressNotation.Bare, 0, 0),
        };
        var raw = TextCasing.Apply(text, textCase);
        return new CcAddress
        {
            Raw = raw, Kind = AddressKind.Attmail, Notation = notation, Type = type, Address = raw[start..^trim],
            PostOffice = form == AttmailForm.AtGateway ? raw[^7..] : null,
        };
    }

    /// <summary>What an address of <paramref name="type"/> with text <paramref name="address"/> is, ATTMAIL whatever notation carries it.</summary>
    public static AddressKind KindOf(string type, string address)
    {
        var upperType = type.ToUpperInvariant();
        var upper = address.ToUpperInvariant();
        if (upperType == "ATTMAIL" || upper.StartsWith("ATTMAIL!", StringComparison.Ordinal)
            || upper.Contains("/A=ATTMAIL/", StringComparison.Ordinal) || upper.Contains("/ADMD=ATTMAIL/", StringComparison.Ordinal))
        {
            return AddressKind.Attmail;
        }

        return upperType switch
        {
            "SMTP" => AddressKind.Smtp,
            "X400" => AddressKind.X400,
            "MS" => AddressKind.MsMail,
            _ => AddressKind.Unknown,
        };
    }

    /// <summary>Quotes a name or post office when the grammar needs it: a quote, comma-free brackets, or ` at ` inside.</summary>
    public static string QuoteIfNeeded(string text) =>
        text.Contains('"') || text.Contains('[') || text.Contains(']') || text.Contains(" at ", StringComparison.OrdinalIgnoreCase)
            ? Quote(text)
            : text;

    /// <summary><paramref name="text"/> in double quotes with every quote doubled (KB Q154099).</summary>
    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
