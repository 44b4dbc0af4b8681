using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.Migrator.Tests.Support;

/// <summary>CcAddress values with the fields the address grammar produces (docs/formats/addresses.md).</summary>
public static class TestAddresses
{
    public static CcAddress Native(string name, string postOffice) => new()
    {
        Raw = $"{name} at {postOffice}",
        Kind = AddressKind.CcMail,
        Notation = AddressNotation.AtPostOffice,
        Type = "CCMAIL",
        Address = $"{name} at {postOffice}",
        DisplayName = name,
        PostOffice = postOffice,
    };

    public static CcAddress NameOnly(string name) => new()
    {
        Raw = name,
        Kind = AddressKind.CcMail,
        Notation = AddressNotation.NameOnly,
        Type = "CCMAIL",
        Address = name,
        DisplayName = name,
    };

    public static CcAddress Smtp(string address, string? displayName = null, string? gateway = null) => new()
    {
        Raw = displayName is null ? $"SMTP:{address}" : $"{displayName} [SMTP:{address}]" + (gateway is null ? "" : $" at {gateway}"),
        Kind = AddressKind.Smtp,
        Notation = displayName is null ? AddressNotation.Typed : AddressNotation.Bracketed,
        Type = "SMTP",
        Address = address,
        DisplayName = displayName,
        PostOffice = gateway,
    };

    public static CcAddress Typed(AddressKind kind, AddressNotation notation, string raw, string type, string address, string? displayName = null, string? postOffice = null) => new()
    {
        Raw = raw,
        Kind = kind,
        Notation = notation,
        Type = type,
        Address = address,
        DisplayName = displayName,
        PostOffice = postOffice,
    };

    /// <summary>The eight ATTMAIL spellings of docs/formats/addresses.md, written in <paramref name="letterCase"/> (upper, lower, mixed).</summary>
    public static IEnumerable<CcAddress> Attmail(string letterCase)
    {
        string C(string s) => letterCase switch
        {
            "upper" => s.ToUpperInvariant(),
            "lower" => s.ToLowerInvariant(),
            _ => new string(s.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray()),
        };

        var user = C("jdoe");
        var attmail = C("attmail");
        yield return Typed(AddressKind.Attmail, AddressNotation.AtPostOffice, $"{user} {C("at")} {attmail}", "ATTMAIL", user, postOffice: attmail);
        yield return Typed(AddressKind.Attmail, AddressNotation.Typed, $"{attmail}:{user}", "ATTMAIL", user);
        yield return Typed(AddressKind.Attmail, AddressNotation.Typed, $"{attmail}:!{user}", "ATTMAIL", "!" + user);
        yield return Typed(AddressKind.Attmail, AddressNotation.Bare, $"{attmail}!{user}", "ATTMAIL", $"{attmail}!{user}");
        yield return Typed(AddressKind.Attmail, AddressNotation.Bracketed, $"[{C("smtp")}:{attmail}!{user}]", "SMTP", $"{attmail}!{user}");
        var x400 = C("/c=US/a=ATTMAIL/p=ACME/s=Doe/g=John");
        yield return Typed(AddressKind.Attmail, AddressNotation.Typed, $"{C("x400")}:{x400}", "X400", x400);
        var semicolon = C("c=US;a=ATTMAIL;p=ACME;s=Doe;g=John");
        yield return Typed(AddressKind.Attmail, AddressNotation.Bare, semicolon, "X400", semicolon);
        var admd = C("/c=US/admd=ATTMAIL/prmd=ACME/pn=John.Doe");
        yield return Typed(AddressKind.Attmail, AddressNotation.Typed, $"{C("x400")}:{admd}", "X400", admd);
    }
}
