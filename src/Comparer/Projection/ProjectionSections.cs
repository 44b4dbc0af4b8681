using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Splits projection text into its fields, to name the fields in which two projections differ.</summary>
public static partial class ProjectionSections
{
    /// <summary>Splits <paramref name="text"/> into its top-level fields, in order; lines before the first key belong to field <c>(preamble)</c>.</summary>
    public static IReadOnlyList<ProjectionSection> Split(string text) => Split(SplitLines(text), 0, "");

    /// <summary>Returns the fields whose text differs between <paramref name="expected"/> and <paramref name="actual"/>, descending into forwarded messages.</summary>
    public static IReadOnlyList<string> DifferingFields(string expected, string actual)
    {
        var fields = new List<string>();
        Compare(SplitLines(expected), SplitLines(actual), 0, "", fields);
        return fields;
    }

    /// <summary>Reduces a field path to the name reports use (<c>forwarded[2].to</c> stays, <c>forwarded[2]</c> becomes <c>forwarded</c>).</summary>
    public static string FieldName(string field) => IndexSuffix().Replace(field, "");

    private static void Compare(string[] expected, string[] actual, int indent, string prefix, List<string> fields)
    {
        var left = Split(expected, indent, prefix).ToDictionary(s => s.Field, StringComparer.Ordinal);
        var right = Split(actual, indent, prefix).ToDictionary(s => s.Field, StringComparer.Ordinal);
        foreach (var field in left.Keys.Concat(right.Keys.Where(k => !left.ContainsKey(k))))
        {
            left.TryGetValue(field, out var l);
            right.TryGetValue(field, out var r);
            if (l?.Text == r?.Text)
            {
                continue;
            }

            if (l is not null && r is not null && FieldName(ProjectionFields.Leaf(field)) == ProjectionFields.Forwarded)
            {
                var before = fields.Count;
                Compare(SplitLines(l.Text)[1..], SplitLines(r.Text)[1..], indent + 4, field + ".", fields);
                if (fields.Count > before)
                {
                    continue;
                }
            }

            fields.Add(field);
        }
    }

    private static List<ProjectionSection> Split(string[] lines, int indent, string prefix)
    {
        var sections = new List<(string Field, List<string> Lines)>();
        var byField = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines)
        {
            var key = KeyAt(line, indent);
            if (key is not null)
            {
                var field = prefix + key;
                if (!byField.TryGetValue(field, out current))
                {
                    current = [];
                    byField.Add(field, current);
                    sections.Add((field, current));
                }
            }
            else if (current is null)
            {
                current = [];
                byField.Add(prefix + "(preamble)", current);
                sections.Add((prefix + "(preamble)", current));
            }

            current!.Add(line);
        }

        return sections.Select(s => new ProjectionSection(s.Field, string.Join('\n', s.Lines))).ToList();
    }

    private static string? KeyAt(string line, int indent)
    {
        if (line.Length <= indent || (indent > 0 && !line.AsSpan(0, indent).IsWhiteSpace()) || line[indent] == ' ')
        {
            return null;
        }

        var match = KeyPattern().Match(line, indent);
        return match.Success ? match.Groups[1].Value : line.AsSpan(indent).StartsWith("! malformed:") ? ProjectionFields.Malformed : null;
    }

    private static string[] SplitLines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    [GeneratedRegex(@"\G([a-z][a-z0-9-]*(?:\[\d+\])?):(?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\[\d+\]$", RegexOptions.CultureInvariant)]
    private static partial Regex IndexSuffix();
}
