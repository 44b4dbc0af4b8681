namespace MailMig.Fidelity.Generator.Addresses;

/// <summary>The eight ATTMAIL spellings (forms) of the reference grammar (docs/formats/addresses.md, docs/ccmail-background.md).</summary>
public enum AttmailForm
{
    /// <summary><c>jdoe at ATTMAIL</c>.</summary>
    AtGateway,

    /// <summary><c>ATTMAIL:jdoe</c>.</summary>
    Typed,

    /// <summary><c>ATTMAIL:!jdoe</c>.</summary>
    TypedBang,

    /// <summary><c>attmail!jdoe</c>.</summary>
    BangPath,

    /// <summary><c>[SMTP:attmail!jdoe]</c>.</summary>
    BracketedSmtpBang,

    /// <summary><c>X400:/c=US/a=ATTMAIL/p=ACME/s=Doe/g=John</c>.</summary>
    X400Slash,

    /// <summary><c>c=US;a=ATTMAIL;p=ACME;s=Doe;g=John</c>.</summary>
    X400Semicolon,

    /// <summary><c>X400:/c=US/admd=ATTMAIL/prmd=ACME/pn=John.Doe</c>.</summary>
    X400Admd,
}
