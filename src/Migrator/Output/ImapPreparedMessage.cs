using MimeKit;

namespace MailMig.Fidelity.Migrator.Output;

/// <summary>A message ready to be appended to a server: the parsed message, its read state, date and Message-ID.</summary>
/// <param name="Index">The 1-based source index.</param>
/// <param name="FolderSegments">The path segments of its folder.</param>
/// <param name="Bytes">The rendered message (as an <c>.eml</c> file holds it).</param>
/// <param name="Message">The rendered message parsed back, as MailKit appends it.</param>
/// <param name="Read">Whether the source message was read (appended with <c>\Seen</c>).</param>
/// <param name="Date">The message date (the internal date on the server).</param>
/// <param name="MessageId">The Message-ID without angle brackets: how a resumed run knows the message is there.</param>
public sealed record ImapPreparedMessage(int Index, IReadOnlyList<string> FolderSegments, byte[] Bytes, MimeMessage Message, bool Read, DateTimeOffset Date, string MessageId)
    : PreparedMessage(Index, FolderSegments, Bytes);
