using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * A block is built in memory first because its Message: line carries the size of everything
 * after it. Sizes follow docs/formats/export.md: Message: and Message item sizes count the bytes
 * actually written; a Text item's size counts its text with CR LF line ends even when the file is
 * written with LF alone, as converted files did; File, Fax, Graphics and Sound sizes count the
 * data bytes (hex doubles the digits, not the size). Anything the reader could not read back to
 * an equal model (a line break in a header value, a file name that would split differently, an
 * address with no raw text) is refused with an ArgumentException rather than written wrong.
 */

/// <summary>Writes cc:Mail export text, one message block at a time, in bytes the reader reads back to an equal model.</summary>
public sealed class ExportWriter : IDisposable
{
    private const string NestedPrefix = "Message item/";
    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Encoding _encoding;
    private long _position;
    private bool _disposed;

    /// <summary>Writes to <paramref name="stream"/> (left open on dispose only when <paramref name="leaveOpen"/>).</summary>
    public ExportWriter(Stream stream, ExportWriterOptions? options = null, bool leaveOpen = false)
    {
        _stream = stream;
        Options = options ?? ExportWriterOptions.Default;
        _leaveOpen = leaveOpen;
        if (!CodePages.IsSupported(Options.CodePage))
        {
            throw new ArgumentException($"Code page {Options.CodePage} is not 437, 850 or 932.", nameof(options));
        }

        _encoding = CodePages.Get(Options.CodePage);
    }

    /// <summary>The options in force.</summary>
    public ExportWriterOptions Options { get; }

    /// <summary>The number of bytes written so far.</summary>
    public long Position => _position;

    /// <summary>Writes the file header lines; the <c>Codepage:</c> line names the writer's code page, whatever the header says.</summary>
    public void WriteHeader(ExportFileHeader header)
    {
        var builder = NewBuilder();
        Optional(builder, ExportKeywords.Mailbox, header.Mailbox);
        Optional(builder, ExportKeywords.PostOffice, header.PostOffice);
        builder.Line(ExportKeywords.CodePage, ExportKeywords.CodePage, Options.CodePage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Optional(builder, ExportKeywords.Exported, header.Exported);
        foreach (var extra in header.Extra)
        {
            ExportWriteChecks.CheckKeyword(extra.Keyword);
            builder.Line(extra.Keyword, extra.Keyword, extra.Value);
        }

        Write(builder.Bytes);
    }

    /// <summary>Writes one message block in <paramref name="style"/> (faithful by default) and says where it landed.</summary>
    public WrittenBlock WriteMessage(CcMessage message, ExportBlockStyle? style = null)
    {
        style ??= ExportBlockStyle.Default;
        var body = NewBuilder();
        WriteBody(body, message, style, style.ContentsCountOverride);
        var size = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var field = style.SizeField switch
        {
            SizeFieldStyle.Padded => size.PadLeft(10),
            SizeFieldStyle.Spaces => new string(' ', 10),
            SizeFieldStyle.Wrong => style.WrongSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => size,
        };

        var block = NewBuilder();
        block.Line(ExportKeywords.Message, ExportKeywords.Message, field);
        block.Append(body, "");
        var offset = _position;
        Write(block.Bytes);
        var lines = block.Lines.Select(l => new KeyValuePair<string, long>(l.Key, offset + l.Value)).ToList();
        return new WrittenBlock(offset, block.Length, lines);
    }

    /// <summary>Writes a bulletin-board block: the board's name and each of its messages as a Message item.</summary>
    public WrittenBlock WriteBulletinBoard(BulletinBoard board)
    {
        var body = NewBuilder();
        body.Line(ExportKeywords.Name, ExportKeywords.Name, board.Name);
        body.Line(ExportKeywords.Contents, ExportKeywords.Contents, Number(board.Messages.Count));
        foreach (var message in board.Messages)
        {
            WriteItem(body, new MessageItem { Message = message }, ExportBlockStyle.Default);
        }

        return WriteSized(ExportKeywords.BulletinBoard, body);
    }

    /// <summary>Writes a personal mailing list block: its owner, name and members.</summary>
    public WrittenBlock WriteMailingList(PersonalMailingList list) => WriteSized(ExportKeywords.MailingList, PersonalDataLines.MailingList(NewBuilder(), list));

    /// <summary>Writes a personal address book block: its owner and entries.</summary>
    public WrittenBlock WriteAddressBook(PersonalAddressBook book) => WriteSized(ExportKeywords.AddressBook, PersonalDataLines.AddressBook(NewBuilder(), book));

    /// <summary>Writes bytes as they are, e.g. damage between blocks.</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => Write(bytes);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stream.Flush();
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private ExportBlockBuilder NewBuilder() => new(_encoding, Options.LfOnly);

    private WrittenBlock WriteSized(string keyword, ExportBlockBuilder body)
    {
        var block = NewBuilder();
        block.Line(keyword, keyword, Number(body.Length));
        block.Append(body, "");
        var offset = _position;
        Write(block.Bytes);
        return new WrittenBlock(offset, block.Length, block.Lines.Select(l => new KeyValuePair<string, long>(l.Key, offset + l.Value)).ToList());
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        _stream.Write(bytes);
        _position += bytes.Length;
    }

    private static void Optional(ExportBlockBuilder builder, string keyword, string? value)
    {
        if (value is not null)
        {
            builder.Line(keyword, keyword, value);
        }
    }

    private void WriteBody(ExportBlockBuilder b, CcMessage m, ExportBlockStyle style, int? contentsCount)
    {
        if (m.From is { } from)
        {
            b.Line(ExportKeywords.From, ExportKeywords.From, ExportWriteChecks.AddressText(from));
        }

        Optional(b, ExportKeywords.Date, m.DateText ?? (m.Date is { } date ? CcDateParser.Format(date) : null));
        foreach (var (keyword, list) in new[] { (ExportKeywords.To, m.To), (ExportKeywords.Cc, m.Cc), (ExportKeywords.Bcc, m.Bcc) })
        {
            foreach (var address in list)
            {
                b.Line(keyword, keyword, ExportWriteChecks.AddressText(address));
            }
        }

        b.Line(ExportKeywords.Subject, ExportKeywords.Subject, m.Subject);
        b.Line(ExportKeywords.Folder, ExportKeywords.Folder, m.Folder);
        b.Line(ExportKeywords.Priority, ExportKeywords.Priority, m.Priority.ToString());
        b.Line(ExportKeywords.Status, ExportKeywords.Status, m.IsRead ? "Read" : "Unread");
        if (m.ReturnReceiptTo is { } rrt)
        {
            b.Line(ExportKeywords.Rrt, ExportKeywords.Rrt, ExportWriteChecks.AddressText(rrt));
        }

        foreach (var extra in m.ExtraHeaders)
        {
            ExportWriteChecks.CheckExtra(m, extra);
            b.Line(extra.Keyword, extra.Keyword, extra.Value);
        }

        var count = contentsCount ?? m.Items.Count;
        b.Line(ExportKeywords.Contents, ExportKeywords.Contents, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var item in m.Items)
        {
            WriteItem(b, item, style);
        }
    }

    private void WriteItem(ExportBlockBuilder b, CcItem item, ExportBlockStyle style)
    {
        switch (item)
        {
            case TextItem text:
                var (data, size) = TextBytes(text.Text);
                Item(b, ExportItemType.Text, Number(size), data, hex: false);
                break;
            case FileItem file:
                Item(b, ExportItemType.File, FileValue(file), file.Data, style.HexFiles);
                break;
            case BinaryItem binary:
                var type = binary.Kind switch
                {
                    BinaryItemKind.Fax => ExportItemType.Fax,
                    BinaryItemKind.Graphics => ExportItemType.Graphics,
                    _ => ExportItemType.Sound,
                };
                Item(b, type, binary.Name is null ? Number(binary.Data.Length) : $"{binary.Data.Length} {ExportWriteChecks.NoLineBreak(binary.Name)}", binary.Data, style.HexFiles);
                break;
            case MessageItem forwarded:
                var nested = NewBuilder();
                WriteBody(nested, forwarded.Message, style, null);
                var keyword = ExportKeywords.KeywordOf(ExportItemType.Message)!;
                b.Line(keyword, keyword, Number(nested.Length));
                b.Append(nested, NestedPrefix);
                b.LineBreak();
                break;
            default:
                throw new ArgumentException($"An item of type {item.GetType().Name} cannot be written.", nameof(item));
        }
    }

    private static void Item(ExportBlockBuilder b, ExportItemType type, string value, ReadOnlySpan<byte> data, bool hex)
    {
        var keyword = ExportKeywords.KeywordOf(type)!;
        b.Line(keyword, keyword, value);
        b.Data(hex ? Encoding.ASCII.GetBytes(Convert.ToHexString(data)) : data);
        b.LineBreak();
    }

    private (byte[] Data, long Size) TextBytes(string text)
    {
        var crlf = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            {
                crlf.Append('\r');
            }

            crlf.Append(text[i]);
        }

        var bytes = _encoding.GetBytes(crlf.ToString());
        if (!Options.LfOnly)
        {
            return (bytes, bytes.Length);
        }

        if (bytes.AsSpan().IndexOf("\r\r\n"u8) >= 0)
        {
            throw new ArgumentException("Text with a CR right before a line end cannot be written with LF line ends.", nameof(text));
        }

        var lf = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!(bytes[i] == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n'))
            {
                lf.Add(bytes[i]);
            }
        }

        return ([.. lf], bytes.Length);
    }

    private static string FileValue(FileItem file)
    {
        var dateText = file.DateText ?? (file.Date is { } date ? CcDateParser.Format(date) : null);
        var value = FileItemLine.Join(file.Data.Length, ExportWriteChecks.NoLineBreak(file.Name), dateText is null ? null : ExportWriteChecks.NoLineBreak(dateText));
        var split = FileItemLine.Split(value);
        if (split.Name != file.Name || split.DateText != dateText)
        {
            throw new ArgumentException($"The File item '{file.Name}' with date '{dateText}' would read back as name '{split.Name}' and date '{split.DateText}'.", nameof(file));
        }

        return value;
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
