using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Scrubs the byte offset of <c>X-MailMig-Source</c> (<c>file@1234</c>) to <c>Offset_N</c>; the file name stays.</summary>
public sealed partial class SourceOffsetScrubber : IScrubber, IValueScrubFilter
{
    /// <inheritdoc />
    bool IValueScrubFilter.MayChange(string leaf, ReadOnlySpan<char> value) => leaf == ProjectionFields.Source && value.Contains('@');

    /// <inheritdoc />
    public string Scrub(string field, string value, ScrubCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        if (ProjectionFields.Leaf(field) != ProjectionFields.Source)
        {
            return value;
        }

        return OffsetPattern().Replace(value, m => "@" + counter.Replace("Offset", m.Groups[1].Value), 1);
    }

    [GeneratedRegex("""@(\d+)(?="?$)""", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
