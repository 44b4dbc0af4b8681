// Why: every IMCEA address ends in the organisation domain, compared byte for byte, so the
// default derived from the post office name must follow address-mapping.md's six steps exactly.
using System.Text;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Addresses;

/// <summary>The default organisation domain derived from a post office name.</summary>
public static class OrgDomain
{
    /// <summary>The default org domain of <paramref name="postOffice"/> (null or empty gives <c>postoffice.ccmail.invalid</c>).</summary>
    public static string From(string? postOffice)
    {
        var lower = (postOffice ?? "").ToLowerInvariant();
        var label = new StringBuilder();
        var inRun = false;
        foreach (var c in lower)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                label.Append(c);
                inRun = false;
            }
            else if (!inRun)
            {
                label.Append('-');
                inRun = true;
            }
        }

        var text = label.ToString().Trim('-');
        if (text.Length > 63)
        {
            text = text[..63].TrimEnd('-');
        }

        return (text.Length == 0 ? "postoffice" : text) + ".ccmail.invalid";
    }
}
