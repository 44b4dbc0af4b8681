namespace MailMig.Fidelity.Generator.Planning;

/// <summary>What kind of mail an event is.</summary>
public enum EventKind : byte
{
    /// <summary>Sent by a local user: a copy in the sender's Message Log and one per local recipient.</summary>
    Sent,

    /// <summary>Arrived from outside the post office: one copy per local recipient.</summary>
    Incoming,

    /// <summary>A draft in the author's Drafts folder, never sent.</summary>
    Draft,
}
