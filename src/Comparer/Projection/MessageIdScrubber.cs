namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Scrubs Message-IDs to <c>MessageId_N</c>, so a migrator's random ids never cause a difference.</summary>
public sealed class MessageIdScrubber : IScrubber, IValueScrubFilter
{
    /// <inheritdoc />
    bool IValueScrubFilter.MayChange(string leaf, ReadOnlySpan<char> value) =>
        leaf == ProjectionFields.MessageId && !value.SequenceEqual(ProjectionWriter.None);

    /// <inheritdoc />
    public string Scrub(string field, string value, ScrubCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        return ProjectionFields.Leaf(field) == ProjectionFields.MessageId && value != ProjectionWriter.None
            ? counter.Replace("MessageId", value)
            : value;
    }
}
