using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Removes customer content from projection text: body lines become a count, attachment hashes are dropped (sizes stay).</summary>
public static partial class ProjectionRedactor
{
    /// <summary>Returns <paramref name="projection"/> with every run of body lines replaced by one <c>[redacted: …]</c> line and no <c>sha256</c> values.</summary>
    public static string Redact(string projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        var lines = projection.Split('\n');
        var output = new StringBuilder(projection.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ').Length;
            if (line.AsSpan(indent).StartsWith("|"))
            {
                var characters = 0;
                var count = 0;
                for (; i < lines.Length && IsTextLine(lines[i], indent); i++, count++)
                {
                    characters += Math.Max(0, lines[i].Length - indent - 2);
                }

                i--;
                output.Append(' ', indent).Append("| [redacted: ")
                    .Append(count.ToString(CultureInfo.InvariantCulture)).Append(" lines, ")
                    .Append(characters.ToString(CultureInfo.InvariantCulture)).Append(" characters]");
            }
            else
            {
                output.Append(Sha256Value().Replace(line, ""));
            }

            if (i < lines.Length - 1)
            {
                output.Append('\n');
            }
        }

        return output.ToString();
    }

    private static bool IsTextLine(string line, int indent) =>
        line.Length > indent && line[indent] == '|' && line.AsSpan(0, indent).IsWhiteSpace();

    [GeneratedRegex(@" \| sha256: [0-9a-fA-F]*", RegexOptions.CultureInvariant)]
    private static partial Regex Sha256Value();
}
