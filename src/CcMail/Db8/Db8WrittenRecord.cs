namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>Where a written DB8 message record landed, so faults can be located in the bytes.</summary>
/// <param name="File">The store file, relative to the post office directory.</param>
/// <param name="Offset">The byte offset of the record's first byte.</param>
/// <param name="Length">The record's length in bytes.</param>
/// <param name="IndexFile">The index file holding the record's index entry, relative to the post office directory.</param>
/// <param name="IndexOffset">The byte offset of that index entry.</param>
public sealed record Db8WrittenRecord(string File, long Offset, long Length, string IndexFile, long IndexOffset);
