namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Scrubs the whole value of the named fields to <c>Date_N</c>, for dates that are volatile (report timestamps, a migrator's own stamps).</summary>
/// <remarks>Not in the default pipeline: a message's <c>Date</c> is data the migration must keep, so it is never scrubbed unless asked.</remarks>
public sealed class DateScrubber : IScrubber, IValueScrubFilter
{
    private readonly HashSet<string> _fields;

    /// <summary>Creates a scrubber for the fields whose leaf name is one of <paramref name="fields"/>.</summary>
    public DateScrubber(params string[] fields) => _fields = new HashSet<string>(fields, StringComparer.Ordinal);

    /// <inheritdoc />
    public string Scrub(string field, string value, ScrubCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return value != ProjectionWriter.None && _fields.Contains(ProjectionFields.Leaf(field)) ? counter.Replace("Date", value) : value;
    }

    /// <inheritdoc />
    bool IValueScrubFilter.MayChange(string leaf, ReadOnlySpan<char> value) => _fields.Contains(leaf) && !value.SequenceEqual(ProjectionWriter.None);
}
