namespace MailMig.Fidelity.Generator.Planning;

/// <summary>The header a local recipient is listed in.</summary>
public enum RecipientRole : byte
{
    /// <summary><c>To:</c>.</summary>
    To,

    /// <summary><c>Cc:</c>.</summary>
    Cc,

    /// <summary><c>Bcc:</c>: listed only in the sender's copy.</summary>
    Bcc,
}
