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
        var packing = OutputFiles.TryReadAll(root, relativePath, out var problem);
        if (packing is null)
        {
            return [Broken(fileLocation, problem!)];
        }

        var packingLines = Exchange55Csv.LogicalLines(Encoding.Latin1.GetString(packing));
        if (packingLines.Count == 0 || !int.TryParse(packingLines[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var codePage))
        {
            return [Broken(fileLocation, ".PKL does not start with a code page")];
        }

        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage);
        if (encoding is null)
        {
            return [Broken(fileLocation, ".PKL names unknown code page " + packingLines[0].Trim())];
        }

        var listed = packingLines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var directory = relativePath.Contains('/') ? relativePath[..(relativePath.LastIndexOf('/') + 1)] : "";
        var primaryName = listed.FirstOrDefault(n => n.EndsWith(".PRI", StringComparison.OrdinalIgnoreCase));
        if (primaryName is null)
        {
            return [Broken(fileLocation, ".PKL lists no .PRI file")];
        }

        var primary = OutputFiles.TryReadAll(root, directory + primaryName, out problem);
        if (primary is null)
        {
            return [Broken(fileLocation, primaryName + ": " + problem)];
        }

        var secondaries = new Dictionary<string, byte[]?>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in listed.Where(n => n.EndsWith(".SEC", StringComparison.OrdinalIgnoreCase)))
        {
            secondaries[name] = OutputFiles.TryReadAll(root, directory + name, out _);
        }

        return ReadPrimary(encoding.GetString(primary), relativePath, fileLocation.Mailbox, encoding, secondaries);
    }

    private static List<MigratedMessage> ReadPrimary(string text, string relativePath, string? mailbox, Encoding encoding, Dictionary<string, byte[]?> secondaries)
    {
        var messages = new List<MigratedMessage>();
        var baseName = Path.ChangeExtension(relativePath, null);
        string[]? columns = null;
        var inSection = false;
        foreach (var line in Exchange55Csv.LogicalLines(text))
        {
            var fields = Exchange55Csv.Fields(line, out var quoteProblem);
            if (line.Trim().Length == 0 || (fields.Count == 1 && fields[0].All(v => v.Trim().Length == 0)))
            {
                continue;
            }

            var first = fields[0].Count > 0 ? fields[0][0] : "";
            if (columns is null && inSection)
            {
                columns = fields.Select(f => string.Join(';', f).Trim()).ToArray();
                continue;
            }

            if (first.Equals(Section, StringComparison.OrdinalIgnoreCase) || first is "DIRECTORY" or "PAB")
            {
                inSection = first.Equals(Section, StringComparison.OrdinalIgnoreCase);
                columns = null;
                continue;
            }

            if (!inSection || columns is null)
            {
                continue;
            }

            var number = messages.Count + 1;
            var location = new MessageLocation(relativePath, number, mailbox, "", baseName + "/row-" + number.ToString("D6", CultureInfo.InvariantCulture));
            messages.Add(ReadRow(columns, fields, quoteProblem, location, encoding, secondaries));
        }

        return messages;
    }

    private static MigratedMessage ReadRow(string[] columns, IReadOnlyList<IReadOnlyList<string>> fields, string? quoteProblem, MessageLocation location, Encoding encoding, Dictionary<string, byte[]?> secondaries)
    {
        var problems = new List<string>();
        if (quoteProblem is not null)
        {
            problems.Add(quoteProblem);
        }

        if (fields.Count != columns.Length)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"row has {fields.Count} fields, the header {columns.Length}"));
        }

        IReadOnlyList<string> Values(string column)
        {
            var i = Array.FindIndex(columns, c => c.Equals(column, StringComparison.OrdinalIgnoreCase));
            return i < 0 || i >= fields.Count ? [] : fields[i].Count == 1 && fields[i][0].Length == 0 ? [] : fields[i];
        }

        string? Single(string column) => Values(column) is { Count: > 0 } v ? string.Join(';', v) : null;

        var folder = Single("Folder") ?? "";
        var dateRaw = Single("Send-Date");
        DateTimeOffset? date = null;
        if (DateTime.TryParseExact(dateRaw, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = new DateTimeOffset(parsed, TimeSpan.Zero);
        }
        else
        {
            problems.Add("unreadable Send-Date: " + (dateRaw ?? "(none)"));
        }

        var priorityRaw = Single("Priority");
        var priority = priorityRaw switch
        {
            "-1" => MessagePriority.Low,
            "1" => MessagePriority.High,
            _ => MessagePriority.Normal,
        };
        if (priorityRaw is not (null or "-1" or "0" or "1"))
        {
            problems.Add("unreadable Priority: " + priorityRaw);
        }

        var unread = Single("Unread");
        bool? read = unread?.ToUpperInvariant() switch
        {
            "TRUE" => false,
            "FALSE" => true,
            _ => null,
        };

        var message = new MigratedMessage
        {
            Location = location with { Folder = folder },
            Folder = folder,
            Read = read,
            Priority = priority,
            PriorityRaw = priorityRaw is null ? null : "Priority: " + priorityRaw,
            Date = date,
            DateRaw = dateRaw,
            From = Addresses(Values("Sender")),
            To = Addresses(Values("To")),
            Cc = Addresses(Values("Cc")),
            Bcc = Addresses(Values("Bcc")),
            Subject = Single("Subject") ?? "",
        };
        return AddContent(message, Single("Body")?.Trim(), encoding, secondaries, problems) with { Problems = problems };
    }

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

        return message with
        {
            Body = MimeMessageReader.NormaliseLineEnds(encoding.GetString(records[0].Data.Span)),
            TextParts = textParts,
            Attachments = attachments,
            Forwarded = forwarded,
        };
    }

    private static MigratedMessage ReadForwarded(ReadOnlyMemory<byte> data, List<string> problems)
    {
        try
        {
            using var stream = new MemoryStream(data.ToArray(), writable: false);
            return MimeMessageReader.ReadForwarded(MimeMessage.Load(stream));
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

    /// <summary>Reads <c>Display Name [TYPE:address]</c>, <c>[TYPE:address]</c>, or a bare display name (which has no address).</summary>
    private static ProjectedAddress Address(string value)
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
