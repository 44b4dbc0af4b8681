namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>Replaces volatile parts of one projected value (ids, boundaries, offsets) with stable counters, Verify style.</summary>
public interface IScrubber
{
    /// <summary>Returns <paramref name="value"/> with its volatile parts replaced through <paramref name="counter"/>, or <paramref name="value"/> itself.</summary>
    /// <param name="field">The projected field path (<c>message-id</c>, <c>forwarded[1].structure</c>); see <see cref="ProjectionFields.Leaf"/>.</param>
    /// <param name="value">The rendered value of one line, after the <c>key: </c> or list marker.</param>
    /// <param name="counter">The counters of the message being projected.</param>
    string Scrub(string field, string value, ScrubCounter counter);
}
