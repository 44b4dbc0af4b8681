using System.Text;

namespace MailMig.Fidelity.Comparer.Output;

/*
 * The CSV dialect of the Exchange 5.5 migration files (docs/ccmail-background.md): fields split on
 * ',' and multi-values on ';' outside quotes, '"' doubled inside quotes, '!' outside quotes starts a
 * comment, '\' at the end of a line (outside quotes) continues it on the next. Written from the
 * public description, independently of the Migrator's writer.
 */

/// <summary>Splits the text of an Exchange 5.5 <c>.PRI</c> or <c>.SEC</c> file into logical lines, fields and values.</summary>
public static class Exchange55Csv
{
    /// <summary>Splits <paramref name="text"/> into logical lines: CR LF (or a lone LF) ends a line unless the line ends in an unquoted <c>\</c>.</summary>
    public static IReadOnlyList<string> LogicalLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var physical in text.Split('\n'))
        {
            var line = physical.EndsWith('\r') ? physical[..^1] : physical;
            current.Append(line);
            if (EndsWithContinuation(current.ToString()))
            {
                current.Length--;
                continue;
            }

            lines.Add(current.ToString());
            current.Clear();
        }

        if (lines.Count > 0 && lines[^1].Length == 0 && text.EndsWith('\n'))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>Splits one logical line into fields, each a list of its unquoted values; <paramref name="problem"/> says when a quote is left open.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Fields(string line, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(line);
        problem = null;
        var fields = new List<IReadOnlyList<string>>();
        var values = new List<string>();
        var value = new StringBuilder();
        for (var i = 0; i < line.Length && line[i] != '!'; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                i = ReadQuoted(line, i + 1, value, out var closed) - 1;
                problem = closed ? problem : "unterminated quoted field";
            }
            else if (c is ',' or ';')
            {
                values.Add(value.ToString());
                value.Clear();
                if (c == ',')
                {
                    fields.Add(values);
                    values = [];
                }
            }
            else
            {
                value.Append(c);
            }
        }

        values.Add(value.ToString());
        fields.Add(values);
        return fields;
    }

    // Appends the quoted text that starts at start (after the opening quote) with "" undone; returns the index after the closing quote, or the line's length when there is none.
    private static int ReadQuoted(string line, int start, StringBuilder value, out bool closed)
    {
        closed = true;
        for (var i = start; i < line.Length; i++)
        {
            if (line[i] != '"')
            {
                value.Append(line[i]);
            }
            else if (i + 1 < line.Length && line[i + 1] == '"')
            {
                value.Append('"');
                i++;
            }
            else
            {
                return i + 1;
            }
        }

        closed = false;
        return line.Length;
    }

    /// <summary>Whether <paramref name="line"/> ends in a <c>\</c> that is outside quotes and before any comment.</summary>
    private static bool EndsWithContinuation(string line)
    {
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && line[i] == '!')
            {
                return false;
            }
            else if (!quoted && line[i] == '\\' && i == line.Length - 1)
            {
                return true;
            }
        }

        return false;
    }
}
