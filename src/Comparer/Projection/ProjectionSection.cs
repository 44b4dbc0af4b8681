namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>One field of a projection text: its path and the lines that belong to it (its key line and its block).</summary>
/// <param name="Field">The field path (<c>to</c>, <c>forwarded[1].subject</c>, <c>malformed</c>).</param>
/// <param name="Text">The field's lines joined by LF.</param>
public sealed record ProjectionSection(string Field, string Text);
