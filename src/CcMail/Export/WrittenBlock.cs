namespace MailMig.Fidelity.CcMail.Export;

/// <summary>Where a written message block landed in the output, so faults can be located in the bytes.</summary>
/// <param name="Offset">The byte offset of the block's <c>Message:</c> line.</param>
/// <param name="Length">The number of bytes written for the block, its <c>Message:</c> line included.</param>
/// <param name="Lines">The byte offset of each header and item line written, in order, keyed by keyword (<c>From</c>, <c>To</c>, <c>File item</c>...).</param>
public sealed record WrittenBlock(long Offset, long Length, IReadOnlyList<KeyValuePair<string, long>> Lines);
