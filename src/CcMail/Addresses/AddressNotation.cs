namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>How an address was written, so formatting can reproduce the same notation.</summary>
public enum AddressNotation
{
    /// <summary><c>name at POSTOFFICE</c> (native or foreign through a gateway).</summary>
    AtPostOffice,

    /// <summary>A name alone, meaning the mailbox's own post office (KB Q241553).</summary>
    NameOnly,

    /// <summary><c>[Display Name] [TYPE:address] [at GATEWAY]</c>.</summary>
    Bracketed,

    /// <summary><c>TYPE:address</c> without brackets.</summary>
    Typed,

    /// <summary>An untyped foreign address: a bang path (<c>attmail!jdoe</c>) or X.400 semicolon form (<c>c=US;a=ATTMAIL;...</c>).</summary>
    Bare,

    /// <summary>Empty or unreadable text.</summary>
    Unparsed,
}
