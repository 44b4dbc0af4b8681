namespace MailMig.Fidelity.Generator.Profiles;

/// <summary>A named set of defaults and distributions: how many users and messages, which faults, how big and how addressed messages are.</summary>
public sealed record Profile
{
    /// <summary>The name the command line uses.</summary>
    public required string Name { get; init; }

    /// <summary>One sentence on what the profile is for.</summary>
    public required string Description { get; init; }

    /// <summary>Users when none is given.</summary>
    public int DefaultUsers { get; init; } = 20;

    /// <summary>Messages when none is given.</summary>
    public int DefaultMessages { get; init; } = 500;

    /// <summary>The faults injected when none are given; <c>all</c> means every fault that applies to the outputs and code page.</summary>
    public IReadOnlyList<string> DefaultFaults { get; init; } = [];

    /// <summary>The code page when none is given, or null to let the seed choose.</summary>
    public int? DefaultCodePage { get; init; }

    /// <summary>Share of events sent by a local user (the rest are incoming mail and drafts).</summary>
    public double SentShare { get; init; } = 0.68;

    /// <summary>Share of events that are drafts (never sent).</summary>
    public double DraftShare { get; init; } = 0.04;

    /// <summary>The most local recipients (mailbox copies) one event has.</summary>
    public int MaxLocalRecipients { get; init; } = 4;

    /// <summary>The most foreign recipients one event has.</summary>
    public int MaxForeignRecipients { get; init; } = 3;

    /// <summary>Share of events with Cc recipients.</summary>
    public double CcShare { get; init; } = 0.3;

    /// <summary>Share of sent events with Bcc recipients.</summary>
    public double BccShare { get; init; } = 0.08;

    /// <summary>Share of foreign addresses that are ATTMAIL (any spelling).</summary>
    public double AttmailShare { get; init; } = 0.04;

    /// <summary>Share of events with file attachments.</summary>
    public double AttachmentShare { get; init; } = 0.2;

    /// <summary>The most attachments one event has.</summary>
    public int MaxAttachments { get; init; } = 3;

    /// <summary>The smallest attachment in bytes.</summary>
    public int AttachmentMinBytes { get; init; } = 200;

    /// <summary>The largest attachment in bytes (sizes are log-uniform in between).</summary>
    public int AttachmentMaxBytes { get; init; } = 256 * 1024;

    /// <summary>Share of events with a fax, graphics or sound item.</summary>
    public double BinaryItemShare { get; init; } = 0.02;

    /// <summary>Share of events with a second text item.</summary>
    public double ExtraTextShare { get; init; } = 0.03;

    /// <summary>The fewest body paragraphs.</summary>
    public int MinParagraphs { get; init; } = 1;

    /// <summary>The most body paragraphs.</summary>
    public int MaxParagraphs { get; init; } = 4;

    /// <summary>Share of events that reply to an earlier one (<c>Re:</c>).</summary>
    public double ReplyShare { get; init; } = 0.25;

    /// <summary>Share of events that forward a message (<c>Fw:</c> with a Message item).</summary>
    public double ForwardShare { get; init; } = 0.06;

    /// <summary>Words added to subjects (stress makes long ones).</summary>
    public int SubjectPadding { get; init; }

    /// <summary>Whether the first 120 events cover every ATTMAIL header, spelling and letter case (q197114).</summary>
    public bool CoverAttmailMatrix { get; init; }
}
