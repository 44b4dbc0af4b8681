using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Planning;

namespace MailMig.Fidelity.Generator.Content;

/// <summary>What every copy of one event shares: addresses, subject, date, items, and the model faults with the lines that show them.</summary>
public sealed class EventContent
{
    /// <summary>The event index.</summary>
    public required int Event { get; init; }

    /// <summary>The kind of event.</summary>
    public required EventKind Kind { get; init; }

    /// <summary>The sender.</summary>
    public required CcAddress From { get; set; }

    /// <summary>The To recipients.</summary>
    public List<CcAddress> To { get; } = [];

    /// <summary>The Cc recipients.</summary>
    public List<CcAddress> Cc { get; } = [];

    /// <summary>The Bcc recipients (written only in the sender's copy).</summary>
    public List<CcAddress> Bcc { get; } = [];

    /// <summary>The return-receipt address, or null.</summary>
    public CcAddress? ReturnReceiptTo { get; set; }

    /// <summary>The subject.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The <c>Date:</c> text as written.</summary>
    public string DateText { get; set; } = "";

    /// <summary>The parsed local date, or null when the text is not a valid date.</summary>
    public DateTime? Date { get; set; }

    /// <summary>The local date a migrator must reach (the clamped one for an impossible date).</summary>
    public DateTime ExpectedLocal { get; set; }

    /// <summary>The priority.</summary>
    public CcPriority Priority { get; set; } = CcPriority.Normal;

    /// <summary>The items: body first, attachments, forwarded message last.</summary>
    public List<CcItem> Items { get; } = [];

    /// <summary>The model faults applied and the lines that show them.</summary>
    public List<FaultMark> Marks { get; } = [];

    /// <summary>File items whose name a migrator must repair, with the name it must reach.</summary>
    public Dictionary<FileItem, string> ExpectedNames { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The 0-based position of <paramref name="item"/> among the File items.</summary>
    public int FileOrdinal(FileItem item) => Items.OfType<FileItem>().TakeWhile(i => !ReferenceEquals(i, item)).Count();

    /// <summary>Inserts a file item before the forwarded message (which stays last) and returns it.</summary>
    public FileItem AddFile(FileItem item)
    {
        var at = Items.FindIndex(i => i is MessageItem);
        Items.Insert(at < 0 ? Items.Count : at, item);
        return item;
    }
}
