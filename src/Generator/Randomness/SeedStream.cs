namespace MailMig.Fidelity.Generator.Randomness;

/// <summary>The independent streams of decisions a run makes.</summary>
public enum SeedStream : ulong
{
    /// <summary>The post office, its users and its directory.</summary>
    PostOffice = 1,

    /// <summary>The shape of one event: sender, local recipients, folders.</summary>
    Plan = 2,

    /// <summary>The content of one event: subject, body, foreign addresses, items.</summary>
    Content = 3,

    /// <summary>The base subject of one event, also used by replies to it.</summary>
    Subject = 4,

    /// <summary>Per-copy decisions: read state, sprayed copy faults.</summary>
    Copy = 5,

    /// <summary>Sprayed event faults.</summary>
    EventFault = 6,

    /// <summary>Per-mailbox decisions: sprayed mailbox faults.</summary>
    Mailbox = 7,

    /// <summary>The variant of a fault (which header, spelling, case...).</summary>
    Variant = 8,

    /// <summary>Placement of targeted faults.</summary>
    Targets = 9,

    /// <summary>Forwarded message content.</summary>
    Forwarded = 10,

    /// <summary>Bulletin boards, personal mailing lists and address books.</summary>
    PersonalData = 11,
}
