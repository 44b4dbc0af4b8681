namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>A deterministic letter-case variant of address text, for generating and testing every spelling in every case.</summary>
public enum LetterCase
{
    /// <summary>Unchanged.</summary>
    AsWritten,

    /// <summary>Every letter upper case.</summary>
    Upper,

    /// <summary>Every letter lower case.</summary>
    Lower,

    /// <summary>Each letter upper case when its upper-case code point is odd, else lower (<c>ATTMAIL</c> becomes <c>AttMAIl</c>); independent of position.</summary>
    Mixed,
}
