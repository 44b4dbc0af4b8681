namespace MailMig.Fidelity.Generator.Faults;

/// <summary>A fault applied to a message and the line that shows it: the nth line with a keyword, or the block start when the keyword is empty.</summary>
/// <param name="Fault">The catalog fault.</param>
/// <param name="Detail">What variant was injected (e.g. <c>To/x400-semicolon/lower</c>), or null.</param>
/// <param name="Keyword">The keyword of the line that shows it (<c>To</c>, <c>Date</c>, <c>File item</c>...), or empty for the block's <c>Message:</c> line.</param>
/// <param name="Ordinal">Which line with that keyword, 0-based.</param>
/// <param name="SenderCopyOnly">Whether only the sender's copy shows it (Bcc).</param>
public sealed record FaultMark(FaultDescriptor Fault, string? Detail, string Keyword, int Ordinal = 0, bool SenderCopyOnly = false);
