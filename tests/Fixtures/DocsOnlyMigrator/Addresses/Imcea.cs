// Why: a non-SMTP address travels IMCEA-encapsulated (address-mapping.md, "What travels in MIME");
// the encoding is contract, so type and address are encoded exactly as the doc says.
using System.Text;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Addresses;

/// <summary>Builds <c>IMCEA&lt;type&gt;-&lt;address&gt;@&lt;domain&gt;</c> addr-specs.</summary>
public static class Imcea
{
    /// <summary>The IMCEA addr-spec of the proxy (<paramref name="type"/>, <paramref name="address"/>) under <paramref name="domain"/>.</summary>
    public static string Encapsulate(string type, string address, string domain) =>
        "IMCEA" + Encode(type, isType: true) + "-" + Encode(address, isType: false) + "@" + domain;

    private static string Encode(string text, bool isType)
    {
        var result = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '=' || (c == '-' && !isType))
            {
                result.Append(c);
            }
            else if (c == '/' && !isType)
            {
                result.Append('_');
            }
            else
            {
                result.Append('+').Append(b.ToString("X2"));
            }
        }

        return result.ToString();
    }
}
