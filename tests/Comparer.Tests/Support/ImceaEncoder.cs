using System.Text;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>A test-only IMCEA encoder (MS-OXCMAIL 2.1.3.1.8), written apart from the Comparer's decoder so the two check each other.</summary>
internal static class ImceaEncoder
{
    public static string Encode(string type, string address, string domain)
    {
        var text = new StringBuilder("IMCEA").Append(type).Append('-');
        foreach (var b in Encoding.UTF8.GetBytes(address))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '=')
            {
                text.Append(c);
            }
            else if (c == '/')
            {
                text.Append('_');
            }
            else
            {
                text.Append('+').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.Append('@').Append(domain).ToString();
    }
}
