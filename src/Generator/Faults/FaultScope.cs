namespace MailMig.Fidelity.Generator.Faults;

/// <summary>What one injection of a fault touches: a sent event (all its copies), one copy, or a whole mailbox.</summary>
public enum FaultScope
{
    /// <summary>The content of one event, so every copy of it in every mailbox that shows the value.</summary>
    Event,

    /// <summary>One message in one mailbox.</summary>
    Copy,

    /// <summary>A whole mailbox (its export file or its folders).</summary>
    Mailbox,

    /// <summary>The post office's bulletin boards, personal mailing lists or address books (docs/formats/personal-data.md), not its mail.</summary>
    PersonalData,
}
