namespace MailMig.Fidelity.Comparer.Output;

/// <summary>One vCard as the Comparer reads it: its properties in order, names upper-cased, text values unescaped.</summary>
/// <param name="Properties">Every property between BEGIN and END, as (name, value).</param>
/// <param name="Line">The 1-based line of its BEGIN:VCARD, for differences.</param>
public sealed record VCard(IReadOnlyList<(string Name, string Value)> Properties, int Line)
{
    /// <summary>The first value of property <paramref name="name"/>, or null.</summary>
    public string? First(string name) => Properties.Where(p => p.Name == name).Select(p => p.Value).FirstOrDefault();

    /// <summary>Every value of property <paramref name="name"/>, in order.</summary>
    public IEnumerable<string> All(string name) => Properties.Where(p => p.Name == name).Select(p => p.Value);

    /// <summary>The <c>KIND</c>, lower-cased; <c>individual</c> when absent (RFC 6350 6.1.4).</summary>
    public string Kind => (First("KIND") ?? "individual").ToLowerInvariant();

    /// <summary>The formatted name (<c>FN</c>), or empty.</summary>
    public string FormattedName => First("FN") ?? "";
}
