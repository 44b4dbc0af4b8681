using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Comparer.Projection;

/*
 * The canonical projection: one migrated message as stable, readable text, so a snapshot diff
 * reads like a review of the migration. Every top-level line is `key: value` or `key:` followed by
 * an indented block, always in the same order, which lets ProjectionSections name the field a
 * difference is in. Data values are quoted with escapes (leading/trailing spaces and control
 * characters stay visible); body lines are `  | text`, so a final line break shows as a last `  |`
 * line and the text never needs a trailing newline. The text never ends with a line break.
 */

/// <summary>Renders a <see cref="MigratedMessage"/> as its canonical projection text.</summary>
public static class ProjectionWriter
{
    /// <summary>The value written for an absent header or an empty list.</summary>
    public const string None = "(none)";

    private static readonly ProjectionOptions DefaultOptions = new();

    /// <summary>Projects <paramref name="message"/> to text, scrubbing volatile values with <paramref name="options"/>' scrubbers.</summary>
    public static string Write(MigratedMessage message, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        options ??= DefaultOptions;
        var emitter = new Emitter(options.Scrubbers);
        WriteMessage(emitter, message, "", "", topLevel: true);
        var text = emitter.ToString();
        return options.Redact ? ProjectionRedactor.Redact(text) : text;
    }

    private static void WriteMessage(Emitter e, MigratedMessage m, string indent, string path, bool topLevel)
    {
        WriteProblems(e, m, indent);
        if (topLevel)
        {
            e.Field(indent, path, "mailbox", QuoteOrNone(m.Mailbox));
            e.Field(indent, path, "index", m.SourceIndex?.ToString(CultureInfo.InvariantCulture) ?? None);
        }

        e.Field(indent, path, ProjectionFields.MessageId, m.MessageId ?? None);
        e.Field(indent, path, "date", FormatDate(m));
        if (topLevel)
        {
            e.Field(indent, path, "original-date", QuoteOrNone(m.OriginalDate));
        }

        e.Addresses(indent, path, "from", m.From);
        e.Addresses(indent, path, "to", m.To);
        e.Addresses(indent, path, "cc", m.Cc);
        e.Addresses(indent, path, "bcc", m.Bcc);
        e.Field(indent, path, "subject", QuoteOrNone(m.Subject));
        if (topLevel)
        {
            WriteMigrationFields(e, m, indent, path);
        }

        WriteContent(e, m, indent, path);
        WriteForwarded(e, m, indent, path);
    }

    private static void WriteProblems(Emitter e, MigratedMessage m, string indent)
    {
        foreach (var header in m.MissingHeaders)
        {
            e.Line(indent, "! malformed: missing header " + header);
        }

        foreach (var problem in m.Problems)
        {
            e.Line(indent, "! malformed: " + problem);
        }
    }

    // What only a top-level message carries: where it was filed and what the migration recorded of it.
    private static void WriteMigrationFields(Emitter e, MigratedMessage m, string indent, string path)
    {
        e.Field(indent, path, "folder", QuoteOrNone(m.Folder));
        e.Field(indent, path, "read", FormatRead(m));
        e.Field(indent, path, "priority", FormatPriority(m));
        e.Addresses(indent, path, "receipt", m.ReceiptTo);
        e.Items(indent, path, "ccmail-headers", m.CcMailHeaders.Select(Quote));
        e.Field(indent, path, "repairs", m.Repairs.Count == 0 ? None : string.Join(", ", m.Repairs));
        e.Field(indent, path, ProjectionFields.Source, QuoteOrNone(m.Source));
    }

    private static void WriteContent(Emitter e, MigratedMessage m, string indent, string path)
    {
        e.Items(indent, path, ProjectionFields.Structure, m.Structure.Select(s => (s.Depth, s.Text)));
        e.Text(indent, ProjectionFields.Body, m.Body);
        if (m.TextParts.Count == 0)
        {
            e.Field(indent, path, ProjectionFields.TextParts, None);
        }
        else
        {
            e.Line(indent, ProjectionFields.TextParts + ":");
            foreach (var part in m.TextParts)
            {
                e.Text(indent + "  ", "- " + part.ManifestName, part.Text);
            }
        }

        e.Items(indent, path, ProjectionFields.Attachments, m.Attachments.Select(FormatAttachment));
    }

    private static void WriteForwarded(Emitter e, MigratedMessage m, string indent, string path)
    {
        if (m.Forwarded.Count == 0)
        {
            e.Field(indent, path, ProjectionFields.Forwarded, None);
        }

        for (var i = 0; i < m.Forwarded.Count; i++)
        {
            var key = ProjectionFields.Forwarded + "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";
            e.Line(indent, key + ":");
            WriteMessage(e, m.Forwarded[i], indent + "    ", path + key + ".", topLevel: false);
        }
    }

    private static string FormatDate(MigratedMessage m)
    {
        if (m.Date is { } date)
        {
            return date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                + " (written with offset " + date.ToString("zzz", CultureInfo.InvariantCulture) + ")";
        }

        return m.DateRaw is null ? None : "(unreadable) " + Quote(m.DateRaw);
    }

    private static string FormatRead(MigratedMessage m)
    {
        var read = m.Read switch { true => "yes", false => "no", null => None };
        return m.MboxStatus is null ? read : read + " (mbox Status: " + m.MboxStatus.Trim() + ")";
    }

    private static string FormatPriority(MigratedMessage m)
    {
        var priority = m.Priority.ToString().ToLowerInvariant();
        return m.PriorityRaw is null ? priority + " (not written)" : priority + " (" + m.PriorityRaw + ")";
    }

    /// <summary>Formats an address as one projection line.</summary>
    internal static string FormatAddress(ProjectedAddress a)
    {
        var text = "name: " + QuoteOrNone(a.DisplayName) + " | type: " + a.Type + " | address: " + Quote(a.Address) + " | smtp: " + a.Smtp;
        return a.Problem is null ? text : text + " | problem: " + Quote(a.Problem);
    }

    /// <summary>Formats an attachment as one projection line.</summary>
    internal static string FormatAttachment(ProjectedAttachment a) =>
        "name: " + QuoteOrNone(a.Name) + " | type: " + a.ContentType + " | size: " + a.Size.ToString(CultureInfo.InvariantCulture)
        + " | sha256: " + a.Sha256 + " | modified: " + (a.Modified ?? None);

    private static string QuoteOrNone(string? value) => value is null ? None : Quote(value);

    /// <summary>Quotes a data value, escaping backslash, quote and control characters, so spaces and invisible characters show.</summary>
    internal static string Quote(string value)
    {
        if (!NeedsEscape(value))
        {
            return string.Concat("\"", value, "\"");
        }

        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                default: AppendEscaped(text, c, escapeTab: true); break;
            }
        }

        return text.Append('"').ToString();
    }

    // Whether Quote must escape anything in value: a quote, a backslash or a control character.
    private static bool NeedsEscape(string value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\\' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends <paramref name="c"/>, escaping control characters (and tab when asked) as <c>\t</c>, <c>\r</c>, <c>\n</c> or <c>\uXXXX</c>.</summary>
    internal static void AppendEscaped(StringBuilder text, char c, bool escapeTab)
    {
        if (c == '\t' && !escapeTab)
        {
            text.Append(c);
        }
        else if (c == '\t')
        {
            text.Append("\\t");
        }
        else if (c == '\r')
        {
            text.Append("\\r");
        }
        else if (c == '\n')
        {
            text.Append("\\n");
        }
        else if (char.IsControl(c))
        {
            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        else
        {
            text.Append(c);
        }
    }

    private sealed class Emitter(List<IScrubber> scrubbers)
    {
        private readonly StringBuilder _text = new(1024);
        private readonly ScrubCounter _counter = new();

        public void Line(string indent, string line) => _text.Append(indent).Append(line).Append('\n');

        public void Field(string indent, string path, string key, string value) =>
            _text.Append(indent).Append(key).Append(": ").Append(Scrub(path + key, value)).Append('\n');

        public void Addresses(string indent, string path, string key, IReadOnlyList<ProjectedAddress> addresses) =>
            Items(indent, path, key, addresses.Select(FormatAddress));

        public void Items(string indent, string path, string key, IEnumerable<string> items) =>
            Items(indent, path, key, items.Select(item => (0, item)));

        public void Items(string indent, string path, string key, IEnumerable<(int Depth, string Text)> items)
        {
            var start = _text.Length;
            Line(indent, key + ":");
            var any = false;
            foreach (var (depth, item) in items)
            {
                _text.Append(indent).Append(' ', 2 + (depth * 2));
                _text.Append("- ").Append(Scrub(path + key, item)).Append('\n');
                any = true;
            }

            if (!any)
            {
                _text.Length = start;
                Line(indent, key + ": " + None);
            }
        }

        public void Text(string indent, string key, string? text)
        {
            if (text is null || text.Length == 0)
            {
                Line(indent, key + ": " + (text is null ? None : "(empty)"));
                return;
            }

            Line(indent, key + ":");
            foreach (var range in text.AsSpan().Split('\n'))
            {
                var line = text.AsSpan(range);
                _text.Append(indent).Append("  |");
                if (line.Length > 0)
                {
                    _text.Append(' ');
                    foreach (var c in line)
                    {
                        AppendEscaped(_text, c, escapeTab: false);
                    }
                }

                _text.Append('\n');
            }
        }

        private string Scrub(string field, string value)
        {
            foreach (var scrubber in scrubbers)
            {
                value = scrubber.Scrub(field, value, _counter);
            }

            return value;
        }

        public override string ToString() => _text.Length == 0 ? "" : _text.ToString(0, _text.Length - 1);
    }
}
