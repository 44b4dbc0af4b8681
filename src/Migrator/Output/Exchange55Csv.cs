using System.Text;

namespace MailMig.Fidelity.Migrator.Output;

/// <summary>The CSV rules of the Exchange 5.5 migration files: which fields are quoted and how values are joined.</summary>
public static class Exchange55Csv
{
    private const string QuoteTriggers = "#!,\\\"%.;\r\n";

    /// <summary>Whether <paramref name="field"/> must be quoted (it holds <c># ! , \ " % . ;</c>, a line break, or leading/trailing blanks).</summary>
    public static bool NeedsQuotes(string field) =>
        field.AsSpan().IndexOfAny(QuoteTriggers) >= 0 || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));

    /// <summary>The field as written: quoted with <c>"</c> doubled when needed.</summary>
    public static string Field(string field) => NeedsQuotes(field) ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;

    /// <summary>A multi-value field: each value written as a field, joined by <c>;</c> outside quotes.</summary>
    public static string MultiValue(IEnumerable<string> values) => string.Join(';', values.Select(Field));

    /// <summary>One line of fields (each already written) joined by commas, ending CR LF.</summary>
    public static string Line(params IEnumerable<string> fields) => new StringBuilder().AppendJoin(',', fields).Append("\r\n").ToString();

    /// <summary>Splits one line (without its CR LF) into fields, undoing the quoting; multi-value fields stay joined.</summary>
    public static IReadOnlyList<string> ParseLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
