namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>A value shown in a difference, in full and in the form redacted reports show (no body text, no attachment hashes).</summary>
/// <param name="Full">The value for people with access to the data.</param>
/// <param name="Redacted">The value with customer content removed.</param>
public sealed record DifferenceValue(string Full, string Redacted)
{
    /// <summary>A value that holds no customer content, shown the same way in both forms.</summary>
    public static DifferenceValue Plain(string text) => new(text, text);

    /// <summary>Returns the form a report shows.</summary>
    public string Show(bool redact) => redact ? Redacted : Full;
}
