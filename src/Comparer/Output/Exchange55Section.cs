namespace MailMig.Fidelity.Comparer.Output;

/// <summary>One section of an Exchange 5.5 <c>.PRI</c> file (<c>DIRECTORY</c>, <c>PAB</c> or <c>MAILMESSAGE</c>): its header columns and rows.</summary>
public sealed class Exchange55Section
{
    /// <summary>Starts the section named <paramref name="name"/> (upper-cased) on logical line <paramref name="line"/>.</summary>
    public Exchange55Section(string name, int line)
    {
        Name = name.ToUpperInvariant();
        Line = line;
    }

    /// <summary>The section name, upper-cased.</summary>
    public string Name { get; }

    /// <summary>The 1-based logical line of the section line.</summary>
    public int Line { get; }

    /// <summary>The header's column names (trimmed), or null when the section has no header line.</summary>
    public string[]? Columns { get; set; }

    /// <summary>The rows after the header, in file order.</summary>
    public List<Exchange55Row> Rows { get; } = [];

    /// <summary>The values of <paramref name="column"/> (case-insensitive) in <paramref name="row"/>; none when the column or field is missing or empty.</summary>
    public IReadOnlyList<string> Values(Exchange55Row row, string column)
    {
        var i = Columns is null ? -1 : Array.FindIndex(Columns, c => c.Equals(column, StringComparison.OrdinalIgnoreCase));
        return i < 0 || i >= row.Fields.Count ? [] : row.Fields[i].Count == 1 && row.Fields[i][0].Length == 0 ? [] : row.Fields[i];
    }

    /// <summary>The value of <paramref name="column"/> in <paramref name="row"/>, its values joined by <c>;</c>, or null when empty.</summary>
    public string? Single(Exchange55Row row, string column) => Values(row, column) is { Count: > 0 } v ? string.Join(';', v) : null;
}
