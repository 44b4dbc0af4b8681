namespace MailMig.Fidelity.Comparer.Output;

/// <summary>One message of an mboxrd file: its 1-based number, the byte offset of its <c>From </c> line and its unescaped bytes.</summary>
/// <param name="Number">The 1-based position of the entry in the file.</param>
/// <param name="Offset">The byte offset of the entry's <c>From </c> separator line.</param>
/// <param name="Content">The message bytes with mboxrd <c>&gt;From </c> quoting undone.</param>
public sealed record MboxEntry(int Number, long Offset, ReadOnlyMemory<byte> Content);
