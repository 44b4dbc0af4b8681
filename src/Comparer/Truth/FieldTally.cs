namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>How many compared messages had a field right.</summary>
/// <param name="Field">The field name.</param>
/// <param name="Checked">Messages compared on this field.</param>
/// <param name="Matched">Messages whose field matched the manifest.</param>
/// <param name="NotCarried">Messages whose output format cannot carry this field (then they are not in <paramref name="Checked"/>) or part of it (then the rest was checked).</param>
public sealed record FieldTally(string Field, int Checked, int Matched, int NotCarried = 0)
{
    /// <summary>Matched as a fraction of checked (1 when nothing was checked).</summary>
    public double Fidelity => Checked == 0 ? 1 : (double)Matched / Checked;
}
