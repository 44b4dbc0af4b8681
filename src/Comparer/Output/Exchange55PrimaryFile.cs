namespace MailMig.Fidelity.Comparer.Output;

/*
 * The sections of a .PRI file (docs/formats/exchange55.md): a line whose first value is DIRECTORY, PAB or
 * MAILMESSAGE starts a section, the next non-blank line is its header, the lines after it its rows until
 * the next section line. Blank lines are skipped; lines before the first section belong to none and are
 * ignored. Each reader (messages, PAB) takes the sections it knows.
 */

/// <summary>Splits the text of an Exchange 5.5 primary file into sections.</summary>
public static class Exchange55PrimaryFile
{
    /// <summary>The section names a primary file may hold.</summary>
    public static IReadOnlySet<string> SectionNames { get; } = new HashSet<string>(["DIRECTORY", "PAB", "MAILMESSAGE"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The sections of <paramref name="text"/> in file order.</summary>
    public static IReadOnlyList<Exchange55Section> Sections(string text)
    {
        var sections = new List<Exchange55Section>();
        Exchange55Section? current = null;
        var number = 0;
        foreach (var line in Exchange55Csv.LogicalLines(text))
        {
            number++;
            var fields = Exchange55Csv.Fields(line, out var quoteProblem);
            if (line.Trim().Length == 0 || (fields.Count == 1 && fields[0].All(v => v.Trim().Length == 0)))
            {
                continue;
            }

            var first = fields[0].Count > 0 ? fields[0][0] : "";
            if (current is { Columns: null })
            {
                current.Columns = [.. fields.Select(f => string.Join(';', f).Trim())];
            }
            else if (SectionNames.Contains(first))
            {
                current = new Exchange55Section(first, number);
                sections.Add(current);
            }
            else
            {
                current?.Rows.Add(new Exchange55Row(fields, quoteProblem, number));
            }
        }

        return sections;
    }
}
