using Bogus;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/// <summary>One mailbox's copy of an event while its copy and mailbox faults are applied: the message, how its block is written, its marks.</summary>
/// <param name="content">The event's content, shared by every copy.</param>
/// <param name="message">The copy's message, which faults may change.</param>
/// <param name="random">The copy's own random source.</param>
/// <param name="marks">The faults shown by this copy so far, with their lines.</param>
/// <param name="lastReadInFolder">The read state of the previous message in the same folder of the mailbox, or null when there is none.</param>
public sealed class CopyDraft(EventContent content, CcMessage message, Randomizer random, List<FaultMark> marks, bool? lastReadInFolder)
{
    /// <summary>The event's content, shared by every copy.</summary>
    public EventContent Content { get; } = content;

    /// <summary>The copy's message.</summary>
    public CcMessage Message { get; } = message;

    /// <summary>The copy's own random source (draw only when the fault is present).</summary>
    public Randomizer Random { get; } = random;

    /// <summary>The faults this copy shows and the lines that show them, in manifest order.</summary>
    public List<FaultMark> Marks { get; } = marks;

    /// <summary>The read state of the previous message in the same folder, or null when it is the folder's first.</summary>
    public bool? LastReadInFolder { get; } = lastReadInFolder;

    /// <summary>How the copy's export block is written.</summary>
    public ExportBlockStyle Style { get; set; } = ExportBlockStyle.Default;

    /// <summary>Whether a garbage line is written before the block.</summary>
    public bool GarbageBefore { get; set; }

    /// <summary>The file item whose export bytes are damaged once written, or null.</summary>
    public FileItem? Unreadable { get; set; }

    /// <summary>Adds <paramref name="file"/> to this copy only, before a forwarded message, which stays last.</summary>
    public void AddFile(FileItem file)
    {
        var items = new List<CcItem>(Message.Items);
        var at = items.FindIndex(i => i is MessageItem);
        items.Insert(at < 0 ? items.Count : at, file);
        Message.Items = items;
    }
}
