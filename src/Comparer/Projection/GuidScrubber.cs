using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Scrubs GUIDs anywhere outside message text to <c>Guid_N</c> (Verify's convention).</summary>
public sealed partial class GuidScrubber : IScrubber, IValueScrubFilter
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

    /// <inheritdoc />
    bool IValueScrubFilter.MayChange(string leaf, ReadOnlySpan<char> value) =>
        value.Length >= 36 && !ProjectionFields.IsText(leaf) && MayHoldGuid(value);

    /// <summary>A cheap test for the dash pattern of a GUID (8-4-4-4-12), so the regex runs only where one may be.</summary>
    private static bool MayHoldGuid(ReadOnlySpan<char> value)
    {
        for (var from = 8; from <= value.Length; )
        {
            var found = value[from..].IndexOf('-');
            var dash = from + found;
            if (found < 0 || dash + 28 > value.Length)
            {
                return false;
            }

            if (value[dash + 5] == '-' && value[dash + 10] == '-' && value[dash + 15] == '-')
            {
                return true;
            }

            from = dash + 1;
        }

        return false;
    }

    [GeneratedRegex("(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();
}
