using System.Text;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>The output layout's percent-encoding of one path segment (docs/formats/output.md), test-only and without the collision rules.</summary>
internal static class PathSegmentEncoder
{
    private const string Kept = " -_.,'()&+!#$@=~;[]";

    public static string Encode(string name)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || Kept.Contains(c, StringComparison.Ordinal)))
            {
                text.Append(c);
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    public static string EncodeFolder(string folder) => string.Join('/', folder.Split('\\').Select(Encode));
}
