using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Scrubs GUIDs anywhere outside message text to <c>Guid_N</c> (Verify's convention).</summary>
public sealed partial class GuidScrubber : IScrubber
{
    /// <inheritdoc />
    public string Scrub(string field, string value, ScrubCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        if (value.Length < 36 || ProjectionFields.IsText(field) || !value.Contains('-', StringComparison.Ordinal))
            return value;
        return GuidPattern().Replace(value, m => counter.Replace("Guid", m.Value.ToLowerInvariant()));
    }

    [GeneratedRegex("(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();
}
