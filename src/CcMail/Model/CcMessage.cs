using System.Text.Json.Serialization;
using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A cc:Mail message: its header fields and its items.</summary>
public sealed class CcMessage
{
    /// <summary>The sender, or null when the header had none.</summary>
    public CcAddress? From { get; set; }

    /// <summary>The To recipients in header order.</summary>
    public List<CcAddress> To { get; set; } = [];

    /// <summary>The Cc recipients in header order.</summary>
    public List<CcAddress> Cc { get; set; } = [];

    /// <summary>The Bcc recipients; present only in the sender's own copy.</summary>
    public List<CcAddress> Bcc { get; set; } = [];

    /// <summary>The return-receipt address (<c>RRT:</c>), or null when no receipt was requested.</summary>
    public CcAddress? ReturnReceiptTo { get; set; }

    /// <summary>The <c>Date:</c> value exactly as written.</summary>
    public string? DateText { get; set; }

    /// <summary>The date as parsed, in the post office's local time, or null when it could not be parsed.</summary>
    public DateTime? Date { get; set; }

    /// <summary>The decoded subject.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The subject's bytes exactly as the export file wrote them (in its code page), or null when not read from an export; not part of the model's content.</summary>
    [JsonIgnore]
    public byte[]? SubjectRaw { get; set; }

    /// <summary>The folder path, nested names joined by <c>\</c>.</summary>
    public string Folder { get; set; } = SystemFolders.Inbox;

    /// <summary>The priority.</summary>
    public CcPriority Priority { get; set; } = CcPriority.Normal;

    /// <summary>Whether the owner has read the message.</summary>
    public bool IsRead { get; set; }

    /// <summary>Header lines with keywords the grammar does not know, kept in order.</summary>
    public List<CcHeader> ExtraHeaders { get; set; } = [];

    /// <summary>The items: text, attachments, forwarded messages and other binary items, in order.</summary>
    public List<CcItem> Items { get; set; } = [];

    /// <summary>Where the message was read from, or null for a message built in memory; not part of the model's content.</summary>
    [JsonIgnore]
    public SourceLocation? Source { get; set; }
}
