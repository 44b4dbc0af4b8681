// Why: an unreadable binary item is named only by the diagnostic's offset (its data offset); the
// item line just before it says which item that is (docs/migrator.md, "Unreadable attachments").
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Source;

/// <summary>An export item line read back from the file: its keyword and the text after its size.</summary>
/// <param name="Keyword">The keyword, e.g. <c>File item</c>.</param>
/// <param name="Rest">The text after the size and one space (name and date for a File item).</param>
public sealed record ItemLine(string Keyword, string Rest)
{
    /// <summary>The item line that ends right before <paramref name="dataOffset"/> in <paramref name="path"/>, or null.</summary>
    public static ItemLine? Before(string path, long dataOffset, int codePage)
    {
        using var stream = File.OpenRead(path);
        if (dataOffset <= 0 || dataOffset > stream.Length)
        {
            return null;
        }

        var start = Math.Max(0, dataOffset - 64 * 1024);
        var window = new byte[dataOffset - start];
        stream.Position = start;
        stream.ReadExactly(window);
        var end = window.Length;
        if (end == 0 || window[end - 1] != (byte)'\n')
        {
            return null;
        }

        end--;
        if (end > 0 && window[end - 1] == (byte)'\r')
        {
            end--;
        }

        var lineStart = Array.LastIndexOf(window, (byte)'\n', Math.Max(0, end - 1)) + 1;
        return Parse(CodePages.Get(codePage).GetString(window, lineStart, end - lineStart));
    }

    private static ItemLine? Parse(string line)
    {
        var colon = line.IndexOf(':');
        if (colon < 0)
        {
            return null;
        }

        var value = line[(colon + 1)..].TrimStart(' ');
        var digits = value.TakeWhile(char.IsAsciiDigit).Count();
        if (digits == 0)
        {
            return null;
        }

        var rest = value[digits..];
        return new ItemLine(line[..colon], rest.StartsWith(' ') ? rest[1..] : rest);
    }
}
