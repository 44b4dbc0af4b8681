using MailMig.Fidelity.CcMail.Addresses;
using static MailMig.Fidelity.CcMail.Addresses.AddressDiagnosticCodes;
using static MailMig.Fidelity.CcMail.Addresses.AddressKind;
using static MailMig.Fidelity.CcMail.Addresses.AddressNotation;

namespace MailMig.Fidelity.CcMail.Tests.Addresses;

/// <summary>Every address form of the reference grammar (docs/formats/addresses.md) with the parts it must give.</summary>
public static class AddressCases
{
    // 135 characters before " at FERGUSON": over the 126 cc:Mail allowed (KB Q137394).
    private const string LongName =
        "Featherstonehaugh-Cholmondeley-Marjoribanks, Bartholomew Alexander Fitzwilliam (Regional Director of Finance and Administration, North)";

    /// <summary>The rows; ids are unique.</summary>
    public static IReadOnlyList<AddressCase> All { get; } =
    [
        // Native: Last, First at POSTOFFICE (the last " at " splits, KB Q151826).
        new("native", "Smith, Grover at FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Smith, Grover{at}FERGUSON", "Smith, Grover", "FERGUSON"),
        new("native-kb-q151826", "Smith, Grover at Ferguson", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Smith, Grover{at}Ferguson", "Smith, Grover", "Ferguson"),
        new("native-at-upper", "Smith, Grover AT FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Smith, Grover{at}FERGUSON", "Smith, Grover", "FERGUSON"),
        new("native-padded", "  Smith,  Grover \t at   FERGUSON  ", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Smith,  Grover{at}FERGUSON", "Smith,  Grover", "FERGUSON"),
        new("native-at-in-name", "Made at Home at FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Made at Home{at}FERGUSON", "Made at Home", "FERGUSON"),
        new("native-brackets-in-name", "Smith [Finance] at FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Smith [Finance]{at}FERGUSON", "Smith [Finance]", "FERGUSON"),
        new("native-non-ascii", "Müller, Jürgen at BERLIN", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Müller, Jürgen{at}BERLIN", "Müller, Jürgen", "BERLIN"),
        new("native-implausible-po", "Smith at Home/Office", AddressKind.CcMail, NameOnly, "CCMAIL", "Smith at Home/Office", "Smith at Home/Office", null, [UnresolvedPostOffice]),
        new("native-too-long", LongName + " at FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", LongName + "{at}FERGUSON", LongName, "FERGUSON", [TooLong]),

        // A name alone: the mailbox's own post office (KB Q241553).
        new("name-only", "Smith, Grover", AddressKind.CcMail, NameOnly, "CCMAIL", "Smith, Grover", "Smith, Grover", null, [UnresolvedPostOffice]),
        new("name-only-resolved", "Smith, Grover", AddressKind.CcMail, NameOnly, "CCMAIL", "Smith, Grover{at}FERGUSON", "Smith, Grover", "FERGUSON", DefaultPostOffice: "FERGUSON"),

        // Quoting (KB Q154099): "" is a literal quote.
        new("quoted", "\"Made at Home, Inc\" at \"Main, PO\"", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Made at Home, Inc{at}Main, PO", "Made at Home, Inc", "Main, PO"),
        new("quoted-doubled-quote", "\"Pat \"\"Bud\"\" Parkes\" at FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Pat \"Bud\" Parkes{at}FERGUSON", "Pat \"Bud\" Parkes", "FERGUSON"),
        new("quoted-po-with-slash", "Smith at \"Main/PO\"", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Smith{at}Main/PO", "Smith", "Main/PO"),
        new("quoted-name-only", "\"Parkes [Sales]\"", AddressKind.CcMail, NameOnly, "CCMAIL", "Parkes [Sales]", "Parkes [Sales]", null, [UnresolvedPostOffice]),
        new("quoted-foreign-looking-name", "\"jdoe@example.com\" at FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", "jdoe@example.com{at}FERGUSON", "jdoe@example.com", "FERGUSON"),
        new("unbalanced-quote", "\"Smith, Grover at FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", "\"Smith, Grover{at}FERGUSON", "\"Smith, Grover", "FERGUSON", [UnbalancedQuote]),
        new("unbalanced-bracket", "Smith [Finance at FERGUSON", AddressKind.CcMail, AtPostOffice, "CCMAIL", "Smith [Finance{at}FERGUSON", "Smith [Finance", "FERGUSON", [UnbalancedBracket]),

        // Foreign, through a gateway post office.
        new("gateway-smtp", "jdoe@example.com at SMTPLINK", Smtp, AtPostOffice, "SMTP", "jdoe@example.com", null, "SMTPLINK"),
        new("gateway-smtp-kb", "SERVICE@EXAMPLE.COM at PMDF", Smtp, AtPostOffice, "SMTP", "SERVICE@EXAMPLE.COM", null, "PMDF"),
        new("gateway-easylink", "jdoe at EASYLINK", Attmail, AtPostOffice, "ATTMAIL", "jdoe", null, "EASYLINK"),
        new("gateway-attmail-smtp", "jdoe@example.com at ATTMAIL", Attmail, AtPostOffice, "SMTP", "jdoe@example.com", null, "ATTMAIL"),
        new("gateway-named", "someone at FAXGATE", Gateway, AtPostOffice, "CCMAIL", "someone{at}FAXGATE", "someone", "FAXGATE", Gateways: ["FAXGATE"]),
        new("gateway-not-named", "someone at FAXGATE", AddressKind.CcMail, AtPostOffice, "CCMAIL", "someone{at}FAXGATE", "someone", "FAXGATE"),
        new("gateway-bang-path", "uunet!host!jdoe at UUCPLINK", Smtp, AtPostOffice, "SMTP", "uunet!host!jdoe", null, "UUCPLINK"),

        // Bracketed: Display Name [TYPE:address] at GATEWAY (KB Q179677).
        new("bracketed", "Parkes, Pat [SMTP:pat@example.com] at SMTPLINK", Smtp, Bracketed, "SMTP", "pat@example.com", "Parkes, Pat", "SMTPLINK"),
        new("bracketed-alone", "[SMTP:pat@example.com]", Smtp, Bracketed, "SMTP", "pat@example.com"),
        new("bracketed-no-gateway", "Parkes, Pat [SMTP:pat@example.com]", Smtp, Bracketed, "SMTP", "pat@example.com", "Parkes, Pat"),
        new("bracketed-quoted-display", "\"Parkes [Sales]\" [SMTP:pat@example.com] at SMTPLINK", Smtp, Bracketed, "SMTP", "pat@example.com", "Parkes [Sales]", "SMTPLINK"),
        new("bracketed-spaces-inside", "Parkes, Pat [ SMTP: pat@example.com ] at SMTPLINK", Smtp, Bracketed, "SMTP", "pat@example.com", "Parkes, Pat", "SMTPLINK"),
        new("bracketed-x400", "Doe, John [X400:/c=US/a=ACME/s=Doe] at X400LINK", X400, Bracketed, "X400", "/c=US/a=ACME/s=Doe", "Doe, John", "X400LINK"),
        new("bracketed-unknown-type", "Pat [FAX:+1 555 0100] at FAXGATE", Unknown, Bracketed, "FAX", "+1 555 0100", "Pat", "FAXGATE"),
        new("stray-comma-kb-q179677", ",User [SMTP:User@Domain.com] at site", Smtp, Bracketed, "SMTP", "User@Domain.com", "User", "site", [StrayComma]),

        // Typed without brackets.
        new("typed-smtp", "SMTP:user@host", Smtp, Typed, "SMTP", "user@host"),
        new("typed-x400", "X400:/c=US/a=ACME/p=ACME/s=Doe/g=John", X400, Typed, "X400", "/c=US/a=ACME/p=ACME/s=Doe/g=John"),
        new("typed-x400-not-split", "X400:/o=Made at Home/c=US", X400, Typed, "X400", "/o=Made at Home/c=US"),
        new("typed-x400-kb-q241874", "X400:c=US;a= ;p=MS;o=PARIS;s=user;", X400, Typed, "X400", "c=US;a= ;p=MS;o=PARIS;s=user;"),
        new("typed-ms", "MS:NET/PO/MBX", MsMail, Typed, "MS", "NET/PO/MBX"),
        new("typed-ms-attmail-network", "MS:ATTMAIL/PO/jdoe", Attmail, Typed, "MS", "ATTMAIL/PO/jdoe"),
        new("typed-easylink", "EASYLINK:jdoe", Attmail, Typed, "EASYLINK", "jdoe"),
        new("typed-unknown", "FAX:123", Unknown, Typed, "FAX", "123"),
        new("typed-ccmail", "CCMAIL:Smith, Grover at FERGUSON", AddressKind.CcMail, Typed, "CCMAIL", "Smith, Grover{at}FERGUSON", "Smith, Grover", "FERGUSON"),
        new("typed-at-gateway", "SMTP:jdoe@example.com at SMTPLINK", Smtp, Typed, "SMTP", "jdoe@example.com", null, "SMTPLINK"),
        new("typed-empty", "SMTP:", Smtp, Typed, "SMTP", "", null, null, [EmptyAddress]),

        // Untyped foreign addresses.
        new("bare-smtp", "jdoe@example.com", Smtp, Bare, "SMTP", "jdoe@example.com"),
        new("bare-smtp-attmail-domain", "jdoe@attmail.com", Attmail, Bare, "SMTP", "jdoe@attmail.com"),
        new("bare-uucp", "uunet!host!jdoe", Smtp, Bare, "SMTP", "uunet!host!jdoe"),
        new("bare-attmail-network", "ATTMAIL/jdoe", Attmail, Bare, "ATTMAIL", "ATTMAIL/jdoe"),
        new("bare-x400-slash", "/c=US/a=ACME/s=Doe", X400, Bare, "X400", "/c=US/a=ACME/s=Doe"),
        new("bare-x400-semicolon", "c=US;a=ACME;p=ACME;s=Doe;g=John", X400, Bare, "X400", "c=US;a=ACME;p=ACME;s=Doe;g=John"),

        // Nothing to read.
        new("empty", "", Unknown, Unparsed, "", "", null, null, [Empty]),
        new("whitespace", " \t  ", Unknown, Unparsed, "", "", null, null, [Empty]),

        // ATTMAIL, all eight spellings (KB Q197114 gives none, so all must work).
        .. AttmailSpellings.All.Select(s => new AddressCase(
            "attmail-" + s.Id, s.Render("jdoe", "Doe", "John", "ACME"), Attmail, s.ExpectedNotation, s.ExpectedType,
            s.RenderAddress("jdoe", "Doe", "John", "ACME"), null, s.ExpectedNotation == AtPostOffice ? "ATTMAIL" : null)),
    ];

    /// <summary>The row with id <paramref name="id"/>.</summary>
    public static AddressCase Get(string id) => All.Single(c => c.Id == id);
}
