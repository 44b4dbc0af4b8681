using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.Comparer.Projection;
using MimeKit;
using MessagePriority = MailMig.Fidelity.Comparer.Projection.MessagePriority;

namespace MailMig.Fidelity.Comparer.Output;

/*
 * Reads `--target exchange55` output (docs/formats/exchange55.md): per mailbox a .PKL packing list
 * naming its code page and a .PRI and .SEC file. The .PKL is the file claimed; the .PRI and .SEC
 * it lists are read as companions. Every MAILMESSAGE row becomes one MigratedMessage: Folder,
 * Sender/To/Cc/Bcc (`Name [TYPE:address]`), Subject, Send-Date (UTC), Priority and Unread come
 * from the row; the body, further Text items (`text-<n>.txt`), attachments and forwarded messages
 * (`forwarded-<n>.eml`, parsed as MIME) from the .SEC records the row's Body offset points at.
 *
 * What the files cannot carry, so the truth check reports it for every message or pairs by content:
 * - no source index or mailbox header: messages are paired by (mailbox, folder, sender, date,
 *   subject), and a snapshot is named by row number (`<mailbox>/MIGRATE/row-000003`), which shifts
 *   when an earlier message is skipped;
 * - dates are whole seconds in UTC: the original local time and offset are lost;
 * - no repairs list (the migration report's is used), no Message-ID, no return-receipt request,
 *   no X-CcMail-Header values, no MIME structure;
 * - attachments have no content type (application/octet-stream) and no modification date;
 * - text outside the code page was written `?` by the writer; Received-Date and Unsent are not
 *   compared (Unsent follows from the Drafts folder).
 */

/// <summary>Reads <c>--target exchange55</c> output: one <c>.PKL</c> packing list per mailbox with its <c>.PRI</c> and <c>.SEC</c> files.</summary>
public sealed class Exchange55OutputFormat : IOutputFormat
{
    private const string Section = "MAILMESSAGE";

    /// <inheritdoc />
    public string Name => "exchange55";

    /// <inheritdoc />
    /// <remarks>The other losses listed at the top of this file are not compared by the ground-truth check anyway (Message-ID, MIME structure, content types) or are handled by pairing and the migration report (source index, repairs).</remarks>
    public IReadOnlySet<string> NotCarried { get; } =
        new[] { CarriedAspect.DateLocalTime, CarriedAspect.AttachmentDates, CarriedAspect.Receipt }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public bool Claims(string relativePath) => relativePath.EndsWith(".PKL", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<MigratedMessage> Read(string root, string relativePath)
    {
        var fileLocation = PathSegments.Locate(relativePath, null, "file");
        var packing = Exchange55PackingList.Read(root, relativePath, out var problem);
        if (packing is null)
        {
            return [Broken(fileLocation, problem!)];
        }

        var primary = OutputFiles.TryReadAll(root, packing.PrimaryPath, out problem);
        if (primary is null)
        {
            return [Broken(fileLocation, packing.PrimaryName + ": " + problem)];
        }

        var secondaries = new Dictionary<string, byte[]?>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in packing.SecondaryNames)
        {
            secondaries[name] = OutputFiles.TryReadAll(root, packing.Directory + name, out _);
        }

        return ReadPrimary(packing.Encoding.GetString(primary), relativePath, fileLocation.Mailbox, packing.Encoding, secondaries);
    }

    /// <summary>Reads <c>Display Name [TYPE:address]</c>, <c>[TYPE:address]</c>, or a bare display name (which has no address).</summary>
    internal static ProjectedAddress Address(string value)
    {
        var trimmed = value.Trim();
        for (var i = trimmed.IndexOf('['); i >= 0 && trimmed.EndsWith(']'); i = trimmed.IndexOf('[', i + 1))
        {
            if (i > 0 && trimmed[i - 1] != ' ')
            {
                continue;
            }

            var colon = trimmed.IndexOf(':', i);
            if (colon <= i + 1 || !IsAddressType(trimmed.AsSpan(i + 1, colon - i - 1)))
            {
                continue;
            }

            var name = trimmed[..i].TrimEnd();
            var type = trimmed[(i + 1)..colon].ToUpperInvariant();
            var address = trimmed[(colon + 1)..^1];
            return new ProjectedAddress(name.Length == 0 ? null : name, type, address, type == "SMTP" ? address : trimmed);
        }

        return new ProjectedAddress(trimmed.Length == 0 ? null : trimmed, "", "", trimmed, "no [TYPE:address] in " + ProjectionWriter.Quote(trimmed));
    }

    private static List<MigratedMessage> ReadPrimary(string text, string relativePath, string? mailbox, Encoding encoding, Dictionary<string, byte[]?> secondaries)
    {
        var messages = new List<MigratedMessage>();
        var baseName = Path.ChangeExtension(relativePath, null);
        foreach (var section in Exchange55PrimaryFile.Sections(text).Where(s => s.Name == Section && s.Columns is not null))
        {
            foreach (var row in section.Rows)
            {
                var number = messages.Count + 1;
                var location = new MessageLocation(relativePath, number, mailbox, "", baseName + "/row-" + number.ToString("D6", CultureInfo.InvariantCulture));
                messages.Add(ReadRow(section, row, location, encoding, secondaries));
            }
        }

        return messages;
    }

    private static MigratedMessage ReadRow(Exchange55Section section, Exchange55Row row, MessageLocation location, Encoding encoding, Dictionary<string, byte[]?> secondaries)
    {
        var problems = new List<string>();
        if (row.QuoteProblem is not null)
        {
            problems.Add(row.QuoteProblem);
        }

        if (row.Fields.Count != section.Columns!.Length)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"row has {row.Fields.Count} fields, the header {section.Columns.Length}"));
        }

        var folder = section.Single(row, "Folder") ?? "";
        var dateRaw = section.Single(row, "Send-Date");
        var priorityRaw = section.Single(row, "Priority");
        var message = new MigratedMessage
        {
            Location = location with { Folder = folder },
            Folder = folder,
            Read = ReadStatus(section.Single(row, "Unread")),
            Priority = Priority(priorityRaw, problems),
            PriorityRaw = priorityRaw is null ? null : "Priority: " + priorityRaw,
            Date = SendDate(dateRaw, problems),
            DateRaw = dateRaw,
            From = Addresses(section.Values(row, "Sender")),
            To = Addresses(section.Values(row, "To")),
            Cc = Addresses(section.Values(row, "Cc")),
            Bcc = Addresses(section.Values(row, "Bcc")),
            Subject = section.Single(row, "Subject") ?? "",
        };
        return AddContent(message, section.Single(row, "Body")?.Trim(), encoding, secondaries, problems) with { Problems = problems };
    }

    private static DateTimeOffset? SendDate(string? raw, List<string> problems)
    {
        if (DateTime.TryParseExact(raw, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return new DateTimeOffset(parsed, TimeSpan.Zero);
        }

        problems.Add("unreadable Send-Date: " + (raw ?? "(none)"));
        return null;
    }

    private static MessagePriority Priority(string? raw, List<string> problems)
    {
        if (raw is not (null or "-1" or "0" or "1"))
        {
            problems.Add("unreadable Priority: " + raw);
        }

        return raw switch
        {
            "-1" => MessagePriority.Low,
            "1" => MessagePriority.High,
            _ => MessagePriority.Normal,
        };
    }

    // Unread TRUE is an unread message, FALSE a read one; anything else is unknown.
    private static bool? ReadStatus(string? unread) => unread?.ToUpperInvariant() switch
    {
        "TRUE" => false,
        "FALSE" => true,
        _ => null,
    };

    private static MigratedMessage AddContent(MigratedMessage message, string? body, Encoding encoding, Dictionary<string, byte[]?> secondaries, List<string> problems)
    {
        // #FILE.SEC(offset)
        var open = body?.LastIndexOf('(') ?? -1;
        if (body is null || !body.StartsWith('#') || open < 0 || !body.EndsWith(')')
            || !long.TryParse(body.AsSpan(open + 1, body.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            problems.Add("unreadable Body reference: " + (body ?? "(none)"));
            return message;
        }

        var file = body[1..open];
        if (!secondaries.TryGetValue(file, out var bytes) || bytes is null)
        {
            problems.Add("Body refers to " + file + ", which the .PKL does not list or which cannot be read");
            return message;
        }

        var records = Exchange55SecondaryFile.ReadMessage(bytes, offset, encoding, problems);
        if (records.Count == 0)
        {
            return message;
        }

        if (!records[0].Type.Equals("Body", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("first .SEC record is " + records[0].Type + ", not Body");
        }

        return AddRecords(message with { Body = MimeMessageReader.NormaliseLineEnds(encoding.GetString(records[0].Data.Span)) }, records, encoding, problems);
    }

    // The records after Body: further Text items (text-<n>.txt), forwarded messages (forwarded-<n>.eml) and attachments.
    private static MigratedMessage AddRecords(MigratedMessage message, IReadOnlyList<Exchange55Record> records, Encoding encoding, List<string> problems)
    {
        var textParts = new List<ProjectedTextPart>();
        var attachments = new List<ProjectedAttachment>();
        var forwarded = new List<MigratedMessage>();
        foreach (var record in records.Skip(1))
        {
            if (TextItemNumber(record.Name) is { } n)
            {
                // Byte-exact: the manifest hashes the item with the CR LF line ends the .SEC stores.
                var stored = encoding.GetString(record.Data.Span);
                textParts.Add(new ProjectedTextPart(n, MimeMessageReader.NormaliseLineEnds(stored), stored));
            }
            else if (record.Name.StartsWith("forwarded-", StringComparison.Ordinal) && record.Name.EndsWith(".eml", StringComparison.Ordinal))
            {
                forwarded.Add(ReadForwarded(record.Data, problems));
            }
            else
            {
                attachments.Add(new ProjectedAttachment(record.Name.Length == 0 ? null : record.Name, "application/octet-stream", record.Data.Length, Convert.ToHexStringLower(SHA256.HashData(record.Data.Span)), null));
            }
        }

        return message with { TextParts = textParts, Attachments = attachments, Forwarded = forwarded };
    }

    private static MigratedMessage ReadForwarded(ReadOnlyMemory<byte> data, List<string> problems)
    {
        try
        {
            using var stream = new MemoryStream(data.ToArray(), writable: false);
            using var message = MimeMessage.Load(stream);
            return MimeMessageReader.ReadForwarded(message);
        }
        catch (Exception e) when (e is FormatException or ParseException)
        {
            problems.Add("unparsable forwarded message: " + e.Message);
            return new MigratedMessage { Problems = ["unparsable MIME: " + e.Message] };
        }
    }

    private static int? TextItemNumber(string name) =>
        name.StartsWith("text-", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(5, name.Length - 9), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2
            ? n
            : null;

    private static List<ProjectedAddress> Addresses(IReadOnlyList<string> values) => values.Select(Address).ToList();

    private static bool IsAddressType(ReadOnlySpan<char> type)
    {
        foreach (var c in type)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static MigratedMessage Broken(MessageLocation location, string problem) => new() { Location = location, Problems = [problem] };
}
