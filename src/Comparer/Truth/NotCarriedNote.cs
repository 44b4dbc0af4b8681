namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>What one output format cannot carry, and over how many compared messages those aspects went uncompared.</summary>
/// <param name="Format">The output format's name (<c>exchange55</c>).</param>
/// <param name="Aspects">The <see cref="Output.CarriedAspect"/> names it cannot carry, in ordinal order.</param>
/// <param name="Messages">The compared messages read from that format.</param>
public sealed record NotCarriedNote(string Format, IReadOnlyList<string> Aspects, int Messages)
{
    /// <summary>The note line reports print: <c>exchange55 cannot carry (not compared, 39 messages): attachment-dates, date-local-time, receipt</c>.</summary>
    public string Describe() =>
        Format + " cannot carry (not compared, " + Messages.ToString(System.Globalization.CultureInfo.InvariantCulture) + " messages): " + string.Join(", ", Aspects);
}
