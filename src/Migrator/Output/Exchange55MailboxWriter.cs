using System.Globalization;
using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Conversion;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Output;

/*
 * docs/formats/exchange55.md: per mailbox MIGRATE.PKL (code page, blank line, file list), MIGRATE.PRI (one
 * MAILMESSAGE section, one row per message, Body as #MIGRATE.SEC(offset)) and MIGRATE.SEC (Body and
 * Attachment records, each a header line then exactly Length bytes then CR LF). Text is in the post
 * office's code page. The three files are written as .tmp for the whole mailbox and renamed into place.
 */

/// <summary>Writes a mailbox as the Exchange 5.5 Migration Wizard's packing list, primary and secondary files.</summary>
public sealed class Exchange55MailboxWriter : MailboxWriter
{
    /// <summary>The base name of the three files in each mailbox directory.</summary>
    public const string BaseName = "MIGRATE";

    /// <summary>The primary file's MAILMESSAGE column header.</summary>
    public const string MessageHeader = "Folder,Sender,To,Cc,Bcc,Subject,Send-Date,Received-Date,Priority,Unread,Unsent,Body";

    /// <summary>The secondary file's column header.</summary>
    public const string SecondaryHeader = "Type,Length,Encoding,Islast,Name,Position,Format";

    private readonly Encoding _encoding;
    private readonly int _codePage;
    private readonly string _sourceAddress;
    private FileStream? _primary;
    private FileStream? _secondary;

    /// <summary>Creates the writer for the mailbox directory <paramref name="directory"/> of <paramref name="mailboxName"/> at <paramref name="postOffice"/>.</summary>
    public Exchange55MailboxWriter(string directory, string mailboxName, string postOffice, int codePage)
        : base(directory, mailboxName)
    {
        _codePage = CodePages.IsSupported(codePage) ? codePage : 850;
        _encoding = CodePages.Get(_codePage);
        _sourceAddress = SourceAddress(mailboxName, postOffice);
    }

    /// <summary>The native address a section line names: <c>&lt;mailbox&gt; at &lt;post office&gt;</c>, the mailbox alone when the post office is unknown.</summary>
    public static string SourceAddress(string mailboxName, string postOffice) => postOffice.Length == 0 ? mailboxName : $"{mailboxName} at {postOffice}";

    /// <summary>The packing list's bytes: the code page, a blank line, then the primary and secondary file names.</summary>
    public static byte[] PackingList(int codePage) =>
        Encoding.ASCII.GetBytes($"{codePage.ToString(CultureInfo.InvariantCulture)}\r\n\r\n{BaseName}.PRI\r\n{BaseName}.SEC\r\n");

    /// <summary>The path of the file with <paramref name="extension"/> (PKL, PRI, SEC) in <paramref name="mailboxDirectory"/>.</summary>
    public static string FilePath(string mailboxDirectory, string extension) => Path.Combine(mailboxDirectory, $"{BaseName}.{extension}");

    /// <summary>The recipient form <c>Display Name [TYPE:address]</c> of an output address.</summary>
    public static string Recipient(MailboxAddress mailbox)
    {
        var (type, address) = AddressMapper.Decode(mailbox.Address);
        return string.IsNullOrEmpty(mailbox.Name) ? $"[{type}:{address}]" : $"{mailbox.Name} [{type}:{address}]";
    }

    /// <inheritdoc/>
    public override PreparedMessage Prepare(ConversionResult result, int index, IReadOnlyList<string> folderSegments)
    {
        var message = result.Message;
        var source = result.Source;
        var bodyText = source.Items.OfType<TextItem>().FirstOrDefault()?.Text ?? "";
        var attachments = Attachments(message);
        var records = new List<(string Header, byte[] Data)>
        {
            ("Body", _encoding.GetBytes(bodyText)),
        };
        records.AddRange(attachments.Select((a, i) => ($"Attachment,{{0}},,{{1}},{Exchange55Csv.Field(a.Name)},{i.ToString(CultureInfo.InvariantCulture)},None", a.Data)));

        var date = message.Date.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var priority = source.Priority switch { CcPriority.Low => "-1", CcPriority.Urgent => "1", _ => "0" };
        var row = string.Join(',',
            Exchange55Csv.Field(source.Folder),
            Exchange55Csv.MultiValue(message.From.Mailboxes.Select(Recipient)),
            Exchange55Csv.MultiValue(message.To.Mailboxes.Select(Recipient)),
            Exchange55Csv.MultiValue(message.Cc.Mailboxes.Select(Recipient)),
            Exchange55Csv.MultiValue(message.Bcc.Mailboxes.Select(Recipient)),
            Exchange55Csv.Field(source.Subject),
            date,
            date,
            priority,
            source.IsRead ? "FALSE" : "TRUE",
            source.Folder.Equals(SystemFolders.Drafts, StringComparison.OrdinalIgnoreCase) ? "TRUE" : "FALSE");
        return new Exchange55PreparedMessage(index, folderSegments, Secondary(records), row);
    }

    /// <inheritdoc/>
    public override void Commit(PreparedMessage message)
    {
        var prepared = (Exchange55PreparedMessage)message;
        if (_primary is null || _secondary is null)
        {
            System.IO.Directory.CreateDirectory(Directory);
            _primary = Create("PRI");
            _secondary = Create("SEC");
            _primary.Write(_encoding.GetBytes(Exchange55Csv.Line("MAILMESSAGE", Exchange55Csv.Field(_sourceAddress)) + MessageHeader + "\r\n"));
            _secondary.Write(_encoding.GetBytes(SecondaryHeader + "\r\n"));
        }

        var offset = _secondary.Position;
        _secondary.Write(prepared.Bytes);
        var row = $"{prepared.Row},#{BaseName}.SEC({offset.ToString(CultureInfo.InvariantCulture)})\r\n";
        _primary.Write(_encoding.GetBytes(row));
    }

    /// <inheritdoc/>
    public override void Complete()
    {
        System.IO.Directory.CreateDirectory(Directory);
        _primary ??= Create("PRI");
        _secondary ??= Create("SEC");
        using (var packing = Create("PKL"))
        {
            packing.Write(PackingList(_codePage));
        }

        _primary.Dispose();
        _secondary.Dispose();
        _primary = _secondary = null;

        // One checkpoint for the three files (on Linux one syncfs), not an fsync each.
        DurableFiles.MoveIntoPlace([FilePath(Directory, "PRI"), FilePath(Directory, "SEC"), FilePath(Directory, "PKL")], FlushToDisk);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        _primary?.Dispose();
        _secondary?.Dispose();
        _primary = _secondary = null;
    }

    // The message's .SEC records: each a header line (the Body's, or an Attachment format with {0} Length and {1} Islast), its data, CR LF.
    private byte[] Secondary(List<(string Header, byte[] Data)> records)
    {
        var sec = RenderBuffer.Rent();
        for (var i = 0; i < records.Count; i++)
        {
            var (header, data) = records[i];
            var isLast = i == records.Count - 1 ? "TRUE" : "FALSE";
            var line = i == 0
                ? $"Body,{data.Length.ToString(CultureInfo.InvariantCulture)},,{isLast},,,\r\n"
                : string.Format(CultureInfo.InvariantCulture, header, data.Length, isLast) + "\r\n";
            sec.Write(_encoding.GetBytes(line));
            sec.Write(data);
            sec.Write("\r\n"u8);
        }

        var bytes = sec.ToArray();
        RenderBuffer.Return(sec);
        return bytes;
    }

    private static List<(string Name, byte[] Data)> Attachments(MimeMessage message)
    {
        var parts = message.Body switch { Multipart multipart => multipart.ToList(), null => [], var single => [single] };
        var attachments = new List<(string Name, byte[] Data)>();
        var forwarded = 0;
        foreach (var part in parts.Skip(1))
        {
            switch (part)
            {
                case MessagePart nested when nested.Message is not null:
                    attachments.Add(($"forwarded-{(++forwarded).ToString(CultureInfo.InvariantCulture)}.eml", EmlMailboxWriter.Serialize(nested.Message, EmlMailboxWriter.Format)));
                    break;
                case MimePart mime:
                    using (var data = new MemoryStream())
                    {
                        mime.Content?.DecodeTo(data);
                        attachments.Add((mime.FileName ?? "attachment.bin", data.ToArray()));
                    }

                    break;
            }
        }

        return attachments;
    }

    private FileStream Create(string extension) =>
        new(FilePath(Directory, extension) + DurableFiles.TempSuffix, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
}
