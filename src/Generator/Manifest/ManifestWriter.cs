using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Manifest;

/// <summary>Streams manifest.jsonl (docs/formats/manifest.md): one JSON object per line, keys in the documented order, LF line ends.</summary>
public sealed class ManifestWriter : IDisposable
{
    /// <summary>The manifest format id.</summary>
    public const string Format = "mailmig-fidelity/manifest@1";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _line = new(1 << 12);
    private readonly Utf8JsonWriter _json;

    /// <summary>The JSON writer of the current line, for record writers beside this one.</summary>
    internal Utf8JsonWriter Json => _json;
    private readonly ZoneCalendar _calendar;
    private readonly IReadOnlyList<OutputFormat> _formats;

    /// <summary>A writer to <paramref name="stream"/>; dates convert to UTC in <paramref name="calendar"/>'s zone.</summary>
    public ManifestWriter(Stream stream, ZoneCalendar calendar, IReadOnlyList<OutputFormat> formats)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(_line, Options);
        _calendar = calendar;
        _formats = formats;
    }

    /// <summary>Writes the header record.</summary>
    public void WriteHeader(GenerationSettings settings, GeneratedPostOffice postOffice)
    {
        _json.WriteStartObject();
        _json.WriteString("record", "header");
        _json.WriteString("format", Format);
        _json.WriteString("generator", GeneratorVersion.Value);
        _json.WriteNumber("seed", settings.Seed);
        _json.WriteString("profile", settings.Profile.Name);
        _json.WriteNumber("users", settings.Users);
        _json.WriteNumber("messages", settings.Messages);
        WriteStrings("faults", settings.Faults.Faults.Select(f => f.Id));
        _json.WriteNumber("faultRate", settings.FaultRate);
        _json.WriteString("postOffice", postOffice.Name);
        _json.WriteNumber("codePage", postOffice.CodePage);
        _json.WriteString("timeZone", postOffice.TimeZoneId);
        WriteStrings("outputs", settings.Formats.Select(FormatName));
        _json.WriteEndObject();
        EndLine();
    }

    /// <summary>Writes a mailbox record: its folders (empty ones included), message count and mailbox faults.</summary>
    public void WriteMailbox(string name, IReadOnlyList<string> folders, int messages, IReadOnlyList<AppliedFault> faults)
    {
        _json.WriteStartObject();
        _json.WriteString("record", "mailbox");
        _json.WriteString("mailbox", name);
        WriteStrings("folders", folders);
        _json.WriteNumber("messages", messages);
        WriteFaults(faults);
        _json.WriteEndObject();
        EndLine();
    }

    /// <summary>Writes the message record of message <paramref name="index"/> (1-based) of <paramref name="mailbox"/>.</summary>
    public void WriteMessage(string mailbox, int index, CcMessage message, MessageExpectation expectation)
    {
        WriteMessageRecord(mailbox, index, message, expectation);
        EndLine();
    }

    /// <summary>The bytes <see cref="WriteMessage"/> would write (the line with its LF), without writing them: for a thread that renders ahead of the writer.</summary>
    public byte[] MessageLine(string mailbox, int index, CcMessage message, MessageExpectation expectation)
    {
        WriteMessageRecord(mailbox, index, message, expectation);
        _json.Flush();
        _line.Write("\n"u8);
        var bytes = _line.WrittenSpan.ToArray();
        _line.ResetWrittenCount();
        _json.Reset();
        return bytes;
    }

    /// <summary>Writes a line <see cref="MessageLine"/> rendered, as it is.</summary>
    public void WriteLine(ReadOnlySpan<byte> line) => _stream.Write(line);

    private void WriteMessageRecord(string mailbox, int index, CcMessage message, MessageExpectation expectation)
    {
        _json.WriteStartObject();
        _json.WriteString("record", "message");
        _json.WriteString("mailbox", mailbox);
        _json.WriteNumber("index", index);
        _json.WriteString("folder", message.Folder);
        WriteAddressFields(message);
        _json.WriteString("subject", message.Subject);
        WriteDates(expectation.ExpectedLocal, withLocal: true);
        _json.WriteString("priority", message.Priority switch { CcPriority.Low => "low", CcPriority.Urgent => "high", _ => "normal" });
        _json.WriteBoolean("read", message.IsRead);
        _json.WriteString("body", Body(message));
        WriteAttachments(message, expectation.ExpectedNames, null);
        WriteForwarded(message);
        WriteFaults(expectation.Faults);

        var common = expectation.Faults.Where(f => f.Fault.Where == FaultWhere.Model).Select(f => f.Fault).ToArray();
        WriteOutcome(common);
        var bySource = _formats
            .Select(format => (format, faults: expectation.Faults.Select(f => f.Fault).Where(f => f.Where == FaultWhere.Model || f.Where == Where(format)).ToArray()))
            .Where(s => s.faults.Any(f => f.Where != FaultWhere.Model && f.Outcome != FaultOutcome.Migrated))
            .ToArray();
        if (bySource.Length > 0)
        {
            _json.WriteStartObject("bySource");
            foreach (var (format, faults) in bySource)
            {
                _json.WriteStartObject(FormatName(format));
                WriteOutcome(faults);
                WriteAttachments(message, expectation.ExpectedNames, format == OutputFormat.Export ? expectation.UnreadableInExport : null);
                _json.WriteEndObject();
            }

            _json.WriteEndObject();
        }

        _json.WriteEndObject();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }

    /// <summary>The manifest's name of a format: <c>db8</c> or <c>export</c>.</summary>
    public static string FormatName(OutputFormat format) => format == OutputFormat.Db8 ? "db8" : "export";

    /// <summary>The body as the manifest gives it: the first Text item, CR LF as LF, trailing line breaks removed.</summary>
    public static string Body(CcMessage message) =>
        (message.Items.OfType<TextItem>().FirstOrDefault()?.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');

    private static FaultWhere Where(OutputFormat format) => format == OutputFormat.Db8 ? FaultWhere.Db8 : FaultWhere.Export;

    private void WriteOutcome(IReadOnlyList<FaultDescriptor> faults)
    {
        var skip = faults.FirstOrDefault(f => f.Outcome == FaultOutcome.Skipped);
        var repairs = faults.Where(f => f.Outcome == FaultOutcome.Repaired).Select(f => f.ResultId!).Distinct().ToArray();
        _json.WriteString("outcome", skip is not null ? "skipped" : repairs.Length > 0 ? "repaired" : "migrated");
        WriteStrings("repairs", skip is null ? repairs : []);
        if (skip is null)
        {
            _json.WriteNull("skipReason");
        }
        else
        {
            _json.WriteString("skipReason", skip.ResultId);
        }
    }

    private void WriteAddressFields(CcMessage message)
    {
        WriteAddress("from", message.From);
        WriteAddresses("to", message.To);
        WriteAddresses("cc", message.Cc);
        WriteAddresses("bcc", message.Bcc);
        WriteAddress("receiptTo", message.ReturnReceiptTo);
    }

    /// <summary>Writes <c>date</c> (UTC) and, when asked, <c>dateLocal</c>.</summary>
    internal void WriteDates(DateTime? local, bool withLocal)
    {
        if (local is { } value)
        {
            _json.WriteString("date", Content.DateTexts.IsoUtc(_calendar.ToUtc(value)));
            if (withLocal)
            {
                _json.WriteString("dateLocal", Content.DateTexts.Iso(value));
            }
        }
        else
        {
            _json.WriteNull("date");
            if (withLocal)
            {
                _json.WriteNull("dateLocal");
            }
        }
    }

    private void WriteAttachments(CcMessage message, IReadOnlyDictionary<FileItem, string> names, FileItem? omitted)
    {
        _json.WriteStartArray("attachments");
        var texts = 0;
        foreach (var item in message.Items)
        {
            switch (item)
            {
                case TextItem text when ++texts > 1:
                    WriteAttachment($"text-{texts}.txt", Encoding.UTF8.GetBytes(text.Text), null);
                    break;
                case FileItem file when !ReferenceEquals(file, omitted):
                    WriteAttachment(names.GetValueOrDefault(file) ?? file.Name, file.Data, file.Date);
                    break;
                case BinaryItem binary:
                    WriteAttachment(binary.Name ?? binary.Kind.ToString().ToLowerInvariant(), binary.Data, null);
                    break;
            }
        }

        _json.WriteEndArray();
    }

    private void WriteAttachment(string name, byte[] data, DateTime? date)
    {
        _json.WriteStartObject();
        _json.WriteString("name", name);
        _json.WriteNumber("size", data.Length);
        _json.WriteString("sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data)));
        if (date is { } d)
        {
            _json.WriteString("date", Content.DateTexts.Iso(d));
        }
        else
        {
            _json.WriteNull("date");
        }

        _json.WriteEndObject();
    }

    private void WriteForwarded(CcMessage message)
    {
        _json.WriteStartArray("forwarded");
        foreach (var forwarded in message.Items.OfType<MessageItem>().Select(i => i.Message))
        {
            _json.WriteStartObject();
            WriteAddress("from", forwarded.From);
            WriteAddresses("to", forwarded.To);
            WriteAddresses("cc", forwarded.Cc);
            _json.WriteString("subject", forwarded.Subject);
            WriteDates(forwarded.Date, withLocal: false);
            _json.WriteString("body", Body(forwarded));
            WriteAttachments(forwarded, new Dictionary<FileItem, string>(), null);
            WriteForwarded(forwarded);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    /// <summary>Writes the <c>faults</c> array of a record.</summary>
    internal void WriteFaults(IReadOnlyList<AppliedFault> faults)
    {
        _json.WriteStartArray("faults");
        foreach (var fault in faults)
        {
            _json.WriteStartObject();
            _json.WriteString("id", fault.Fault.Id);
            _json.WriteString("where", fault.Fault.WhereText);
            if (fault.File is null)
            {
                _json.WriteNull("file");
                _json.WriteNull("offset");
            }
            else
            {
                _json.WriteString("file", fault.File);
                _json.WriteNumber("offset", fault.Offset ?? 0);
            }

            if (fault.Detail is not null)
            {
                _json.WriteString("detail", fault.Detail);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    /// <summary>Writes an array of addresses.</summary>
    internal void WriteAddresses(string name, IEnumerable<CcAddress> addresses)
    {
        _json.WriteStartArray(name);
        foreach (var address in addresses)
        {
            WriteAddressObject(address);
        }

        _json.WriteEndArray();
    }

    /// <summary>Writes an address property, null when there is none.</summary>
    internal void WriteAddress(string name, CcAddress? address)
    {
        if (address is null)
        {
            _json.WriteNull(name);
            return;
        }

        _json.WritePropertyName(name);
        WriteAddressObject(address);
    }

    private void WriteAddressObject(CcAddress address)
    {
        _json.WriteStartObject();
        if (address.DisplayName is null)
        {
            _json.WriteNull("displayName");
        }
        else
        {
            _json.WriteString("displayName", address.DisplayName);
        }

        _json.WriteString("type", address.Type);
        _json.WriteString("address", address.Address);
        _json.WriteEndObject();
    }

    private void WriteStrings(string name, IEnumerable<string> values)
    {
        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    /// <summary>Ends the current record's line: one write of the line to the buffered stream, never a flush per line.</summary>
    internal void EndLine()
    {
        _json.Flush();
        _line.Write("\n"u8);
        _stream.Write(_line.WrittenSpan);
        _line.ResetWrittenCount();
        _json.Reset();
    }
}
