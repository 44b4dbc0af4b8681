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
        var emitter = new ProjectionEmitter(options.Scrubbers);
        WriteMessage(emitter, message, "", "", topLevel: true);
        var text = emitter.Finish();
        return options.Redact ? ProjectionRedactor.Redact(text) : text;
    }

    private static void WriteMessage(ProjectionEmitter e, MigratedMessage m, string indent, string path, bool topLevel)
    {
        WriteProblems(e, m, indent);
        if (topLevel)
        {
            e.QuotedField(indent, path, "mailbox", m.Mailbox);
            var start = e.BeginField(indent, "index");
            AppendNumberOrNone(e.Text, m.SourceIndex);
            e.EndField(path, "index", start);
        }

        e.Field(indent, path, ProjectionFields.MessageId, m.MessageId ?? None);
        var dateStart = e.BeginField(indent, "date");
        AppendDate(e.Text, m);
        e.EndField(path, "date", dateStart);
        if (topLevel)
        {
            e.QuotedField(indent, path, "original-date", m.OriginalDate);
        }

        e.Items(indent, path, "from", m.From, AppendAddress);
        e.Items(indent, path, "to", m.To, AppendAddress);
        e.Items(indent, path, "cc", m.Cc, AppendAddress);
        e.Items(indent, path, "bcc", m.Bcc, AppendAddress);
        e.QuotedField(indent, path, "subject", m.Subject);
        if (topLevel)
        {
            WriteMigrationFields(e, m, indent, path);
        }

        WriteContent(e, m, indent, path);
        WriteForwarded(e, m, indent, path);
    }

    private static void WriteProblems(ProjectionEmitter e, MigratedMessage m, string indent)
    {
        foreach (var header in m.MissingHeaders)
        {
            e.Text.Append(indent).Append("! malformed: missing header ").Append(header).Append('\n');
        }

        foreach (var problem in m.Problems)
        {
            e.Text.Append(indent).Append("! malformed: ").Append(problem).Append('\n');
        }
    }

    // What only a top-level message carries: where it was filed and what the migration recorded of it.
    private static void WriteMigrationFields(ProjectionEmitter e, MigratedMessage m, string indent, string path)
    {
        e.QuotedField(indent, path, "folder", m.Folder);
        var start = e.BeginField(indent, "read");
        AppendRead(e.Text, m);
        e.EndField(path, "read", start);
        start = e.BeginField(indent, "priority");
        AppendPriority(e.Text, m);
        e.EndField(path, "priority", start);
        e.Items(indent, path, "receipt", m.ReceiptTo, AppendAddress);
        e.Items(indent, path, "ccmail-headers", m.CcMailHeaders, AppendQuoted);
        start = e.BeginField(indent, "repairs");
        AppendList(e.Text, m.Repairs);
        e.EndField(path, "repairs", start);
        e.QuotedField(indent, path, ProjectionFields.Source, m.Source);
    }

    private static void WriteContent(ProjectionEmitter e, MigratedMessage m, string indent, string path)
    {
        e.Structure(indent, path, m.Structure);
        e.Body(indent, ProjectionFields.Body, m.Body);
        if (m.TextParts.Count == 0)
        {
            e.Field(indent, path, ProjectionFields.TextParts, None);
        }
        else
        {
            e.Text.Append(indent).Append(ProjectionFields.TextParts).Append(":\n");
            foreach (var part in m.TextParts)
            {
                e.Body(indent + "  ", "- " + part.ManifestName, part.Text);
            }
        }

        e.Items(indent, path, ProjectionFields.Attachments, m.Attachments, AppendAttachment);
    }

    private static void WriteForwarded(ProjectionEmitter e, MigratedMessage m, string indent, string path)
    {
        if (m.Forwarded.Count == 0)
        {
            e.Field(indent, path, ProjectionFields.Forwarded, None);
        }

        for (var i = 0; i < m.Forwarded.Count; i++)
        {
            var key = ProjectionFields.Forwarded + "[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";
            e.Text.Append(indent).Append(key).Append(":\n");
            WriteMessage(e, m.Forwarded[i], indent + "    ", path + key + ".", topLevel: false);
        }
    }

    private static void AppendNumberOrNone(StringBuilder text, int? number)
    {
        if (number is { } value)
        {
            text.Append(CultureInfo.InvariantCulture, $"{value}");
        }
        else
        {
            text.Append(None);
        }
    }

    private static void AppendDate(StringBuilder text, MigratedMessage m)
    {
        if (m.Date is { } date)
        {
            text.Append(CultureInfo.InvariantCulture, $"{date.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} (written with offset {date:zzz})");
        }
        else if (m.DateRaw is null)
        {
            text.Append(None);
        }
        else
        {
            AppendQuoted(text.Append("(unreadable) "), m.DateRaw);
        }
    }

    private static void AppendRead(StringBuilder text, MigratedMessage m)
    {
        text.Append(m.Read switch { true => "yes", false => "no", null => None });
        if (m.MboxStatus is not null)
        {
            text.Append(" (mbox Status: ").Append(m.MboxStatus.AsSpan().Trim()).Append(')');
        }
    }

    private static void AppendPriority(StringBuilder text, MigratedMessage m)
    {
        text.Append(m.Priority switch
        {
            MessagePriority.Low => "low",
            MessagePriority.Normal => "normal",
            MessagePriority.High => "high",
            _ => m.Priority.ToString().ToLowerInvariant(),
        });
        if (m.PriorityRaw is null)
        {
            text.Append(" (not written)");
        }
        else
        {
            text.Append(" (").Append(m.PriorityRaw).Append(')');
        }
    }

    private static void AppendList(StringBuilder text, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            text.Append(None);
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(items[i]);
        }
    }

    /// <summary>Formats an address as one projection line.</summary>
    internal static string FormatAddress(ProjectedAddress a) => Format(a, AppendAddress);

    /// <summary>Appends an address as one projection line (what <see cref="FormatAddress"/> returns).</summary>
    internal static void AppendAddress(StringBuilder text, ProjectedAddress a)
    {
        AppendQuotedOrNone(text.Append("name: "), a.DisplayName);
        text.Append(" | type: ").Append(a.Type).Append(" | address: ");
        AppendQuoted(text, a.Address);
        text.Append(" | smtp: ").Append(a.Smtp);
        if (a.Problem is not null)
        {
            AppendQuoted(text.Append(" | problem: "), a.Problem);
        }
    }

    /// <summary>Formats an attachment as one projection line.</summary>
    internal static string FormatAttachment(ProjectedAttachment a) => Format(a, AppendAttachment);

    private static string Format<T>(T value, Action<StringBuilder, T> append)
    {
        var text = new StringBuilder();
        append(text, value);
        return text.ToString();
    }

    /// <summary>Appends an attachment as one projection line (what <see cref="FormatAttachment"/> returns).</summary>
    internal static void AppendAttachment(StringBuilder text, ProjectedAttachment a)
    {
        AppendQuotedOrNone(text.Append("name: "), a.Name);
        text.Append(" | type: ").Append(a.ContentType).Append(CultureInfo.InvariantCulture, $" | size: {a.Size}")
            .Append(" | sha256: ").Append(a.Sha256).Append(" | modified: ").Append(a.Modified ?? None);
    }

    /// <summary>Appends <paramref name="value"/> quoted as <see cref="Quote"/> does, or <see cref="None"/> when it is null.</summary>
    internal static void AppendQuotedOrNone(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append(None);
        }
        else
        {
            AppendQuoted(text, value);
        }
    }

    /// <summary>Appends <paramref name="value"/> quoted as <see cref="Quote"/> does.</summary>
    internal static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        if (!NeedsEscape(value))
        {
            text.Append(value);
        }
        else
        {
            AppendEscapedValue(text, value);
        }

        text.Append('"');
    }

    /// <summary>Quotes a data value, escaping backslash, quote and control characters, so spaces and invisible characters show.</summary>
    internal static string Quote(string value)
    {
        if (!NeedsEscape(value))
        {
            return string.Concat("\"", value, "\"");
        }

        var text = new StringBuilder(value.Length + 2).Append('"');
        AppendEscapedValue(text, value);
        return text.Append('"').ToString();
    }

    private static void AppendEscapedValue(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                default: AppendEscaped(text, c, escapeTab: true); break;
            }
        }
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
}
