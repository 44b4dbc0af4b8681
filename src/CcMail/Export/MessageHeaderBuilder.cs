using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Header values arrive unfolded and already decoded from the code page, so a cp932 trail byte
 * 0x5C can never be mistaken for the folder separator and 0x5B/0x5D never for address brackets
 * (KB Q198861). Single-valued fields keep their first line; a repeated or unreadable value is
 * kept as an extra header beside the default, so writing the message back reads back equal.
 */

/// <summary>Fills a message's fields from its decoded header lines, reporting what it could not read.</summary>
internal sealed class MessageHeaderBuilder
{
    private readonly CcMessage _message;
    private readonly DiagnosticSink _diagnostics;
    private readonly AddressParserOptions _addresses;
    private readonly CcDateOptions _dates;
    private readonly HashSet<string> _seen = new(StringComparer.OrdinalIgnoreCase);

    public MessageHeaderBuilder(CcMessage message, DiagnosticSink diagnostics, AddressParserOptions addresses, CcDateOptions dates)
    {
        _message = message;
        _diagnostics = diagnostics;
        _addresses = addresses;
        _dates = dates;
    }

    /// <summary>Whether a line with a header keyword of the grammar was read.</summary>
    public bool SawKnownHeader { get; private set; }

    /// <summary>The value's bytes of a header line: after the first colon, less one leading space (as the grammar defines the value).</summary>
    private static ReadOnlySpan<byte> RawValue(ReadOnlySpan<byte> line)
    {
        var value = line[(line.IndexOf((byte)':') + 1)..];
        return value.Length > 0 && value[0] == (byte)' ' ? value[1..] : value;
    }

    /// <summary>Applies one logical header line (unfolded, raw bytes); <paramref name="offset"/> is where it starts.</summary>
    public void Apply(ReadOnlySpan<byte> line, System.Text.Encoding encoding, long offset)
    {
        if (!ExportKeywords.Split(line, encoding, out var keyword, out var text))
        {
            _diagnostics.Warn(ExportDiagnosticCodes.UnexpectedToken, $"A header line with no keyword was dropped: '{Excerpt(encoding.GetString(line))}'.", offset);
            return;
        }

        var known = Array.Find(ExportKeywords.Headers, k => k.Equals(keyword, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            _message.ExtraHeaders.Add(new CcHeader(keyword, text));
            return;
        }

        SawKnownHeader = true;
        switch (known)
        {
            case ExportKeywords.To:
                AddAddress(_message.To, keyword, text, offset);
                return;
            case ExportKeywords.Cc:
                AddAddress(_message.Cc, keyword, text, offset);
                return;
            case ExportKeywords.Bcc:
                AddAddress(_message.Bcc, keyword, text, offset);
                return;
        }

        if (!_seen.Add(known))
        {
            _diagnostics.Warn(ExportDiagnosticCodes.DuplicateHeader, $"A second {known}: line is kept as an extra header.", offset);
            _message.ExtraHeaders.Add(new CcHeader(keyword, text));
            return;
        }

        ApplySingle(known, keyword, text, line, offset);
    }

    /// <summary>Applies the first line of a single-valued header field.</summary>
    private void ApplySingle(string known, string keyword, string text, ReadOnlySpan<byte> line, long offset)
    {
        switch (known)
        {
            case ExportKeywords.From:
                _message.From = ParseAddress(keyword, text, offset);
                break;
            case ExportKeywords.Rrt:
                _message.ReturnReceiptTo = ParseAddress(keyword, text, offset);
                break;
            case ExportKeywords.Date:
                ApplyDate(text, offset);
                break;
            case ExportKeywords.Subject:
                _message.Subject = text;
                _message.SubjectRaw = RawValue(line).ToArray();
                break;
            case ExportKeywords.Folder:
                _message.Folder = text;
                break;
            case ExportKeywords.Priority:
                ApplyPriority(keyword, text, offset);
                break;
            case ExportKeywords.Status:
                ApplyStatus(keyword, text, offset);
                break;
        }
    }

    private void ApplyDate(string text, long offset)
    {
        _message.DateText = text;
        if (CcDateParser.TryParse(text, _dates, out var date))
        {
            _message.Date = date;
        }
        else
        {
            _diagnostics.Warn(ExportDiagnosticCodes.DateInvalid, $"The date '{Excerpt(text)}' is not a valid date and time; it is kept as text.", offset);
        }
    }

    private void ApplyPriority(string keyword, string text, long offset)
    {
        var value = text.Trim();
        foreach (var priority in Enum.GetValues<CcPriority>())
        {
            if (value.Equals(priority.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                _message.Priority = priority;
                return;
            }
        }

        _diagnostics.Warn(ExportDiagnosticCodes.PriorityUnknown, $"The priority '{Excerpt(text)}' is not Low, Normal or Urgent; Normal is used.", offset);
        _message.ExtraHeaders.Add(new CcHeader(keyword, text));
    }

    private void ApplyStatus(string keyword, string text, long offset)
    {
        var value = text.Trim();
        if (value.Equals("Read", StringComparison.OrdinalIgnoreCase) || value.Equals("Unread", StringComparison.OrdinalIgnoreCase))
        {
            _message.IsRead = value.Length == 4;
            return;
        }

        _diagnostics.Warn(ExportDiagnosticCodes.StatusUnknown, $"The status '{Excerpt(text)}' is not Read or Unread; unread is used.", offset);
        _message.ExtraHeaders.Add(new CcHeader(keyword, text));
    }

    private void AddAddress(List<CcAddress> list, string keyword, string text, long offset)
    {
        if (ParseAddress(keyword, text, offset) is { } address)
        {
            list.Add(address);
        }
    }

    private CcAddress? ParseAddress(string keyword, string text, long offset)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            _diagnostics.Warn(ExportDiagnosticCodes.AddressEmpty, $"The {keyword}: line has no address; it is kept as an extra header.", offset);
            _message.ExtraHeaders.Add(new CcHeader(keyword, text));
            return null;
        }

        return AddressParser.Parse(text, _addresses);
    }

    /// <summary>The start of <paramref name="text"/>, short enough for a diagnostic message.</summary>
    public static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
