namespace MailMig.Fidelity.Generator.Addresses;

/// <summary>The headers that carry addresses.</summary>
public enum AddressSlot
{
    /// <summary><c>From:</c>.</summary>
    From,

    /// <summary><c>To:</c>.</summary>
    To,

    /// <summary><c>Cc:</c>.</summary>
    Cc,

    /// <summary><c>Bcc:</c> (only in the sender's copy).</summary>
    Bcc,

    /// <summary><c>RRT:</c> (return receipt).</summary>
    Rrt,
}
