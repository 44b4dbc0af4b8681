namespace MailMig.Fidelity.Comparer.Projection;

/*
 * Written out by hand rather than as the regex it was (@(\d+)(?="?$), first match replaced),
 * because it runs on every projected message and the regex with its match evaluator was a tenth
 * of a projection's time. The rules are the regex's: the first '@' followed by digits (any
 * Unicode decimal digit, as \d) that reach the end of the value, optionally through one closing
 * quote, where "the end" may also be just before a final LF.
 */

/// <summary>Scrubs the byte offset of <c>X-MailMig-Source</c> (<c>file@1234</c>) to <c>Offset_N</c>; the file name stays.</summary>
public sealed class SourceOffsetScrubber : IScrubber, IValueScrubFilter
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

        for (var at = value.IndexOf('@'); at >= 0; at = value.IndexOf('@', at + 1))
        {
            var end = at + 1;
            while (end < value.Length && char.IsDigit(value[end]))
            {
                end++;
            }

            if (end > at + 1 && (EndsAt(value, end) || (end < value.Length && value[end] == '"' && EndsAt(value, end + 1))))
            {
                return string.Concat(value.AsSpan(0, at + 1), counter.Replace("Offset", value[(at + 1)..end]), value.AsSpan(end));
            }
        }

        return value;
    }

    // Where the regex's $ matches: the end of the value, or just before a final LF.
    private static bool EndsAt(string value, int index) =>
        index == value.Length || (index == value.Length - 1 && value[index] == '\n');
}
