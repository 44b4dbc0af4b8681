namespace MailMig.Fidelity.Comparer.Output;

/*
 * The oracle's own reader of the PAB section (docs/formats/exchange55.md, a reconstruction), written from the
 * documented format and independent of the Migrator's writer. Columns are found by header name
 * (Obj-class, Display-Name, E-mail-Address, Members); Comment is not compared. Lenient: a row of an unknown
 * Obj-class, a broken quote or a row whose field count differs from the header is a problem naming its
 * line, the other rows are kept.
 */

/// <summary>Reads the PAB section of the Exchange 5.5 file set in one mailbox folder.</summary>
public static class Exchange55PabReader
{
    /// <summary>The PAB rows of the file set in <paramref name="folder"/> (relative to <paramref name="root"/>), or null when the folder holds no <c>.PKL</c>.</summary>
    public static Exchange55Pab? Read(string root, string folder)
    {
        var packingName = PackingListIn(root, folder);
        if (packingName is null)
        {
            return null;
        }

        var packing = Exchange55PackingList.Read(root, folder + "/" + packingName, out var problem);
        if (packing is null)
        {
            return new Exchange55Pab(folder + "/" + packingName, [], [problem!]);
        }

        var bytes = OutputFiles.TryReadAll(root, packing.PrimaryPath, out problem);
        if (bytes is null)
        {
            return new Exchange55Pab(packing.PrimaryPath, [], [packing.PrimaryName + ": " + problem]);
        }

        var problems = new List<string>();
        var entries = new List<Exchange55PabEntry>();
        foreach (var section in Exchange55PrimaryFile.Sections(packing.Encoding.GetString(bytes)).Where(s => s.Name == "PAB"))
        {
            entries.AddRange(section.Rows.Select(row => Entry(section, row, problems)).OfType<Exchange55PabEntry>());
        }

        return new Exchange55Pab(packing.PrimaryPath, entries, problems);
    }

    /// <summary>The name of the first <c>.PKL</c> file (ordinal order) directly in <paramref name="folder"/>, or null.</summary>
    public static string? PackingListIn(string root, string folder)
    {
        var directory = Path.Combine(root, folder);
        return System.IO.Directory.Exists(directory)
            ? System.IO.Directory.EnumerateFiles(directory).Select(Path.GetFileName).OfType<string>()
                .Where(n => n.EndsWith(".PKL", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static Exchange55PabEntry? Entry(Exchange55Section section, Exchange55Row row, List<string> problems)
    {
        var where = "line " + row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": ";
        if (row.QuoteProblem is not null)
        {
            problems.Add(where + row.QuoteProblem);
        }

        if (row.Fields.Count != section.Columns!.Length)
        {
            problems.Add(where + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"row has {row.Fields.Count} fields, the header {section.Columns.Length}"));
        }

        var kind = section.Single(row, "Obj-class")?.Trim() ?? "";
        var isList = kind.Equals("Distribution list", StringComparison.OrdinalIgnoreCase);
        if (!isList && !kind.Equals("Person", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(where + "Obj-class '" + kind + "' is neither Person nor Distribution list");
            return null;
        }

        return new Exchange55PabEntry(isList, section.Single(row, "Display-Name") ?? "", section.Single(row, "E-mail-Address") ?? "", section.Values(row, "Members"), row.Line);
    }
}
