using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Scrubs multipart boundaries in the projected MIME structure to <c>Boundary_N</c>.</summary>
public sealed partial class BoundaryScrubber : IScrubber, IValueScrubFilter
{
    /// <inheritdoc />
    bool IValueScrubFilter.MayChange(string leaf, ReadOnlySpan<char> value) =>
        leaf == ProjectionFields.Structure && value.Contains("boundary=", StringComparison.Ordinal);

    /// <inheritdoc />
    public string Scrub(string field, string value, ScrubCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        if (ProjectionFields.Leaf(field) != ProjectionFields.Structure || !value.Contains("boundary=", StringComparison.Ordinal))
        {
            return value;
        }

        return BoundaryPattern().Replace(value, m => "boundary=" + counter.Replace("Boundary", m.Groups[1].Value));
    }

    [GeneratedRegex(@"boundary=""((?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex BoundaryPattern();
}
