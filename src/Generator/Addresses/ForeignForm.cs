namespace MailMig.Fidelity.Generator.Addresses;

/// <summary>The kinds of foreign address <see cref="ForeignAddresses.Any"/> draws from, in a fixed order.</summary>
public enum ForeignForm
{
    /// <summary>A user of another cc:Mail post office.</summary>
    Remote,

    /// <summary><c>user@host at SMTPLINK</c>.</summary>
    SmtpAtGateway,

    /// <summary><c>Name [SMTP:user@host] at SMTPLINK</c>.</summary>
    SmtpBracketed,

    /// <summary><c>SMTP:user@host</c>.</summary>
    SmtpTyped,

    /// <summary><c>X400:/c=../a=../...</c>.</summary>
    X400Typed,

    /// <summary><c>Name [X400:...] at X400GW</c>.</summary>
    X400Bracketed,

    /// <summary><c>MS:NET/PO/MBX</c>.</summary>
    MsMail,

    /// <summary><c>NAME at MHSGW</c>.</summary>
    Mhs,

    /// <summary><c>Name/Unit/Org at NOTESGW</c>.</summary>
    Notes,

    /// <summary><c>FAX:+1 ...</c>, a type nothing maps.</summary>
    Fax,

    /// <summary>Any ATTMAIL spelling.</summary>
    Attmail,
}
