namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>What an address is, whatever notation carries it.</summary>
public enum AddressKind
{
    /// <summary>A native cc:Mail address: <c>Last, First at POSTOFFICE</c> or a name alone.</summary>
    CcMail,

    /// <summary>A foreign address routed through a gateway post office the parser options name, of no recognisable type.</summary>
    Gateway,

    /// <summary>An Internet address (<c>SMTP:</c>, <c>[SMTP:...]</c>, or <c>user@host at GATEWAY</c>).</summary>
    Smtp,

    /// <summary>An X.400 address that is not ATTMAIL.</summary>
    X400,

    /// <summary>An AT&amp;T Mail address, in any of its spellings (X.400 with ADMD ATTMAIL, bang path, <c>ATTMAIL:</c>, <c>at ATTMAIL</c>).</summary>
    Attmail,

    /// <summary>A Microsoft Mail address (<c>MS:NET/PO/MBX</c>).</summary>
    MsMail,

    /// <summary>Anything else: an unknown type, or text that could not be read as an address.</summary>
    Unknown,
}
