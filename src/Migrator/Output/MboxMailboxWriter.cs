using System.Globalization;
using System.Text;
using MailMig.Fidelity.Migrator.Conversion;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Output;

/*
 * mboxrd (LF line ends): each message is "From <sender> <asctime UTC>\n", the message with every line that
 * matches ^>*From  given one more '>', and a blank line. Each folder's file is written as <name>.mbox.tmp
 * for the whole mailbox and renamed into place when the mailbox is complete, so a rerun rewrites it whole.
 */

/// <summary>Writes <c>&lt;mailbox&gt;/&lt;folder path&gt;.mbox</c>, one mboxrd file per folder, messages in source order.</summary>
public sealed class MboxMailboxWriter : MailboxWriter
{
    private static readonly FormatOptions Format = EmlMailboxWriter.CreateFormat(NewLineFormat.Unix);
    private readonly Dictionary<string, FileStream> _files = new(StringComparer.Ordinal);

    /// <summary>Creates the writer for the mailbox directory <paramref name="directory"/>.</summary>
    public MboxMailboxWriter(string directory, string mailboxName)
        : base(directory, mailboxName)
    {
    }

    /// <summary>The mbox file of the folder <paramref name="folderSegments"/> under <paramref name="mailboxDirectory"/>.</summary>
    public static string FilePath(string mailboxDirectory, IReadOnlyList<string> folderSegments) =>
        Path.Combine([mailboxDirectory, .. folderSegments.Take(folderSegments.Count - 1), folderSegments[^1] + ".mbox"]);

    /// <inheritdoc/>
    public override PreparedMessage Prepare(ConversionResult result, int index, IReadOnlyList<string> folderSegments)
    {
        var message = result.Message;
        message.Headers.Add(PlainHeaders.Create("Status", result.Source.IsRead ? "RO" : "O"));
        var sender = result.Sender ?? "MAILER-DAEMON";
        var utc = message.Date.UtcDateTime;
        var fromLine = string.Create(CultureInfo.InvariantCulture,
            $"From {sender} {utc:ddd MMM} {utc.Day,2} {utc:HH:mm:ss yyyy}\n");

        // The From line and the message go into one buffer; escaping copies it again only when a line needs a '>'.
        var output = RenderBuffer.Rent();
        output.Write(Encoding.ASCII.GetBytes(fromLine));
        var start = (int)output.Length;
        message.WriteTo(Format, output);
        var body = output.GetBuffer().AsSpan(start, (int)output.Length - start);
        if (NeedsEscaping(body))
        {
            var escaped = new MemoryStream(output.Capacity + 64);
            escaped.Write(output.GetBuffer().AsSpan(0, start));
            WriteEscaped(escaped, body);
            RenderBuffer.Return(output);
            return new PreparedMessage(index, folderSegments, Finish(escaped));
        }

        var bytes = Finish(output);
        RenderBuffer.Return(output);
        return new PreparedMessage(index, folderSegments, bytes);
    }

    // The message ends with a line break and a blank line.
    private static byte[] Finish(MemoryStream output)
    {
        var length = (int)output.Length;
        if (length > 0 && output.GetBuffer()[length - 1] != (byte)'\n')
        {
            output.WriteByte((byte)'\n');
        }

        output.WriteByte((byte)'\n');
        return output.ToArray();
    }

    // Whether any line matches ^>*From (the rare case: a body line starting "From ").
    private static bool NeedsEscaping(ReadOnlySpan<byte> bytes)
    {
        var from = 0;
        while (bytes[from..].IndexOf("From "u8) is var found and >= 0)
        {
            var at = from + found;
            var quotes = at;
            while (quotes > 0 && bytes[quotes - 1] == (byte)'>')
            {
                quotes--;
            }

            if (quotes == 0 || bytes[quotes - 1] == (byte)'\n')
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <inheritdoc/>
    public override void AddFolder(IReadOnlyList<string> folderSegments) => File(folderSegments);

    /// <inheritdoc/>
    public override void Commit(PreparedMessage message) => File(message.FolderSegments).Write(message.Bytes);

    /// <inheritdoc/>
    public override void Complete()
    {
        // One checkpoint for the mailbox's files (on Linux one syncfs), not an fsync per folder file.
        foreach (var stream in _files.Values)
        {
            stream.Dispose();
        }

        DurableFiles.MoveIntoPlace(_files.Keys, FlushToDisk);

        _files.Clear();
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        foreach (var stream in _files.Values)
        {
            stream.Dispose();
        }

        _files.Clear();
    }

    private static void WriteEscaped(Stream output, ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        while (start < bytes.Length)
        {
            var end = bytes[start..].IndexOf((byte)'\n');
            var line = end < 0 ? bytes[start..] : bytes.Slice(start, end + 1);
            var quotes = 0;
            while (quotes < line.Length && line[quotes] == (byte)'>')
            {
                quotes++;
            }

            if (line[quotes..].StartsWith("From "u8))
            {
                output.WriteByte((byte)'>');
            }

            output.Write(line);
            start += line.Length;
        }
    }

    private FileStream File(IReadOnlyList<string> folderSegments)
    {
        var path = FilePath(Directory, folderSegments);
        if (!_files.TryGetValue(path, out var stream))
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            stream = new FileStream(path + DurableFiles.TempSuffix, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
            _files.Add(path, stream);
        }

        return stream;
    }
}
