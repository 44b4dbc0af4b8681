using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Scrubs GUIDs anywhere outside message text to <c>Guid_N</c> (Verify's convention).</summary>
public sealed partial class GuidScrubber : IScrubber
{
    /// <inheritdoc />
    public string Scrub(string field, string value, ScrubCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        if (value.Length < 36 || ProjectionFields.IsText(field) || !MayHoldGuid(value))
        {
            return value;
        }

        return GuidPattern().Replace(value, m => counter.Replace("Guid", m.Value.ToLowerInvariant()));
    }

    /// <summary>A cheap test for the dash pattern of a GUID (8-4-4-4-12), so the regex runs only where one may be.</summary>
    private static bool MayHoldGuid(string value)
    {
        for (var dash = value.IndexOf('-', 8); dash >= 0 && dash + 28 <= value.Length; dash = value.IndexOf('-', dash + 1))
        {
            if (value[dash + 5] == '-' && value[dash + 10] == '-' && value[dash + 15] == '-')
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();
}
