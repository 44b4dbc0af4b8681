using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.CcMail.Model;

/// <summary>One source message as a reader delivers it: where it was, what could be read, and what was wrong.</summary>
/// <param name="Index">The 1-based position of the message in its mailbox, in source order.</param>
/// <param name="Location">The file and byte offset where the message's block or record starts.</param>
/// <param name="Length">The number of bytes the block or record spans, as the reader delimited it.</param>
/// <param name="Message">The message, or null when nothing of it could be recovered.</param>
/// <param name="Diagnostics">Every problem found in this message, with byte offsets.</param>
public sealed record MessageRecord(int Index, SourceLocation Location, long Length, CcMessage? Message, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether nothing of the message could be recovered.</summary>
    public bool IsUnreadable => Message is null;
}
