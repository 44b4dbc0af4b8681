using System.Collections.Frozen;
namespace MailMig.Fidelity.Comparer.Projection;

/*
 * The format-independent view of one migrated message: what the projection prints and what the
 * ground-truth check compares. Readers fill it from an output format (.eml and mbox entries
 * through MimeMessageReader; Exchange 5.5 .PRI/.SEC records through Exchange55OutputFormat).
 * Raw header text is kept beside
 * decoded values so a difference can be traced back to the bytes.
 */

/// <summary>One migrated message as the Comparer sees it, independent of the output format it was read from.</summary>
public sealed record MigratedMessage
{
    /// <summary>Where the message was found, or null for a message given as content or nested in another.</summary>
    public MessageLocation? Location { get; init; }

    /// <summary>The name of the output format it was read from when that format cannot carry everything (<c>exchange55</c>), else null.</summary>
    public string? Format { get; init; }

    /// <summary>The aspects (<c>CarriedAspect</c> names) its output format cannot carry, which the ground-truth check does not compare.</summary>
    public IReadOnlySet<string> NotCarried { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The <c>X-MailMig-Mailbox</c> value, decoded.</summary>
    public string? Mailbox { get; init; }

    /// <summary>The <c>X-MailMig-Source-Index</c> value when it is a positive integer.</summary>
    public int? SourceIndex { get; init; }

    /// <summary>The <c>X-MailMig-Folder</c> value, decoded (nested names joined by <c>\</c>).</summary>
    public string? Folder { get; init; }

    /// <summary>The read state from <c>X-MailMig-Read</c> (or the mbox <c>Status</c> header when that is missing).</summary>
    public bool? Read { get; init; }

    /// <summary>The mbox <c>Status</c> header as written, or null.</summary>
    public string? MboxStatus { get; init; }

    /// <summary>The priority derived from <c>Importance</c>, else <c>X-Priority</c>, else normal.</summary>
    public MessagePriority Priority { get; init; } = MessagePriority.Normal;

    /// <summary>The priority headers as written (<c>Importance: high, X-Priority: 1</c>), or null when neither was written.</summary>
    public string? PriorityRaw { get; init; }

    /// <summary>The <c>Disposition-Notification-To</c> addresses (the return-receipt request).</summary>
    public IReadOnlyList<ProjectedAddress> ReceiptTo { get; init; } = [];

    /// <summary>The <c>Message-ID</c> as written, or null.</summary>
    public string? MessageId { get; init; }

    /// <summary>The <c>Date</c> header parsed with its offset, or null when absent or unreadable.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The <c>Date</c> header as written, or null.</summary>
    public string? DateRaw { get; init; }

    /// <summary>The <c>X-MailMig-Original-Date</c> value: the source date text as written.</summary>
    public string? OriginalDate { get; init; }

    /// <summary>The <c>From</c> addresses.</summary>
    public IReadOnlyList<ProjectedAddress> From { get; init; } = [];

    /// <summary>The <c>To</c> addresses.</summary>
    public IReadOnlyList<ProjectedAddress> To { get; init; } = [];

    /// <summary>The <c>Cc</c> addresses.</summary>
    public IReadOnlyList<ProjectedAddress> Cc { get; init; } = [];

    /// <summary>The <c>Bcc</c> addresses.</summary>
    public IReadOnlyList<ProjectedAddress> Bcc { get; init; } = [];

    /// <summary>The decoded subject, or null when no <c>Subject</c> header was written.</summary>
    public string? Subject { get; init; }

    /// <summary>The <c>X-CcMail-Header</c> values in order.</summary>
    public IReadOnlyList<string> CcMailHeaders { get; init; } = [];

    /// <summary>The repair ids of <c>X-MailMig-Repairs</c>, in the order written.</summary>
    public IReadOnlyList<string> Repairs { get; init; } = [];

    /// <summary>The <c>X-MailMig-Source</c> value (<c>file@offset</c>), or null.</summary>
    public string? Source { get; init; }

    /// <summary>The MIME tree, one line per entity.</summary>
    public IReadOnlyList<MimeStructureLine> Structure { get; init; } = [];

    /// <summary>The body (first Text item) with line ends normalised to LF, or null when there is no text part.</summary>
    public string? Body { get; init; }

    /// <summary>The further Text items (inline <c>text/plain</c> parts after the body).</summary>
    public IReadOnlyList<ProjectedTextPart> TextParts { get; init; } = [];

    /// <summary>The attachments in MIME order.</summary>
    public IReadOnlyList<ProjectedAttachment> Attachments { get; init; } = [];

    /// <summary>The forwarded messages (<c>message/rfc822</c> parts) in MIME order.</summary>
    public IReadOnlyList<MigratedMessage> Forwarded { get; init; } = [];

    /// <summary>The headers the output contract requires that the message lacks (<c>From</c>, <c>X-MailMig-Source-Index</c>…).</summary>
    public IReadOnlyList<string> MissingHeaders { get; init; } = [];

    /// <summary>What else makes the message malformed: unparsable MIME, unreadable header values; empty when well-formed.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Whether anything made the message malformed (a missing contract header or a problem).</summary>
    public bool IsMalformed => MissingHeaders.Count > 0 || Problems.Count > 0;
}
