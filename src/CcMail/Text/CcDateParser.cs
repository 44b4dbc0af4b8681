namespace MailMig.Fidelity.CcMail.Text;

/// <summary>Parses and writes cc:Mail dates and times (<c>M/D/YY h:mm AM</c> and the other forms of the reference grammar).</summary>
public static class CcDateParser
{
    /// <summary>Parses <paramref name="text"/>; false when it is not a valid date and time.</summary>
    public static bool TryParse(string text, CcDateOptions? options, out DateTime value)
    {
        _ = text; _ = options; value = default;
        throw new NotImplementedException("lands with the export reader");
    }

    /// <summary>Writes <paramref name="value"/> as <c>MM/DD/YY h:mm AM</c>.</summary>
    public static string Format(DateTime value) =>
        value.ToString("MM'/'dd'/'yy h':'mm tt", System.Globalization.CultureInfo.InvariantCulture);
}
