namespace MailMig.Fidelity.Comparer.Projection;

/*
 * The projection writes each value straight into its text and only makes a string of it for the
 * scrubbers when one of them may change it: asking every scrubber about every value as a string
 * was a large part of the cost of a projection. A scrubber that cannot answer this cheaply (any
 * scrubber added from outside) is always given the value, so the result never depends on it.
 */

/// <summary>A scrubber that can tell from a field's leaf name and the value's characters that it would return the value unchanged.</summary>
internal interface IValueScrubFilter
{
    /// <summary>False when <see cref="IScrubber.Scrub"/> would return <paramref name="value"/> unchanged for a field whose leaf name is <paramref name="leaf"/>.</summary>
    bool MayChange(string leaf, ReadOnlySpan<char> value);
}
