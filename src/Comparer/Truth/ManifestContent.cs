namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>The user-visible content the manifest expects of a message or of a forwarded message inside it.</summary>
public sealed record ManifestContent
{
    /// <summary>The sender, or null when the manifest gives none.</summary>
    public ManifestAddress? From { get; init; }

    /// <summary>The To recipients.</summary>
    public IReadOnlyList<ManifestAddress> To { get; init; } = [];

    /// <summary>The Cc recipients.</summary>
    public IReadOnlyList<ManifestAddress> Cc { get; init; } = [];

    /// <summary>The Bcc recipients (present only in the sender's copy).</summary>
    public IReadOnlyList<ManifestAddress> Bcc { get; init; } = [];

    /// <summary>The subject.</summary>
    public string Subject { get; init; } = "";

    /// <summary>The date in UTC, or null when the source has no recoverable date.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>The post office's local time as <c>yyyy-MM-ddTHH:mm:ss</c>, or null.</summary>
    public string? DateLocal { get; init; }

    /// <summary>The body: the first Text item, LF line ends, no trailing line breaks.</summary>
    public string Body { get; init; } = "";

    /// <summary>File, Fax, Graphics and Sound items, and further Text items as <c>text-&lt;n&gt;.txt</c>.</summary>
    public IReadOnlyList<ManifestAttachment> Attachments { get; init; } = [];

    /// <summary>The forwarded messages, nested.</summary>
    public IReadOnlyList<ManifestContent> Forwarded { get; init; } = [];
}
