using System.Globalization;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Generator.Content;

/// <summary>The date spellings the generator writes: the standard one and the variants real exports contained.</summary>
public static class DateTexts
{
    /// <summary>The number of variants <see cref="Variant"/> writes (<see cref="Faults.DateFormatsFault"/>).</summary>
    public const int VariantCount = 5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The standard <c>MM/DD/YY h:mm AM</c>.</summary>
    public static string Standard(DateTime local) => CcDateParser.Format(local);

    /// <summary>Variant <paramref name="variant"/>: 0 <c>M/D/YY</c>, 1 <c>MM/DD/YYYY</c>, 2 with <c>-</c>, 3 24-hour, 4 with seconds.</summary>
    public static string Variant(DateTime local, int variant) => variant switch
    {
        0 => local.ToString("M'/'d'/'yy h':'mm tt", Invariant),
        1 => local.ToString("MM'/'dd'/'yyyy h':'mm tt", Invariant),
        2 => local.ToString("MM'-'dd'-'yy h':'mm tt", Invariant),
        3 => local.ToString("MM'/'dd'/'yy HH':'mm", Invariant),
        _ => local.ToString("MM'/'dd'/'yy h':'mm':'ss tt", Invariant),
    };

    /// <summary><c>M/D/YY h:mm AM</c> with a day that does not exist in the month (<see cref="Faults.InvalidDateFault"/>).</summary>
    public static string Impossible(int month, int day, DateTime time) =>
        $"{month.ToString(Invariant)}/{day.ToString(Invariant)}/{(time.Year % 100).ToString("00", Invariant)} {time.ToString("h':'mm tt", Invariant)}";

    /// <summary><c>M-D-YYYY h:mm AM</c>, the dash form of attachment dates (KB Q192700).</summary>
    public static string Dashes(DateTime local) => local.ToString("M'-'d'-'yyyy h':'mm tt", Invariant);

    /// <summary><c>M/D/YY h:mm AM</c> without leading zeros (KB Q186216).</summary>
    public static string ShortMdyy(DateTime local) => Variant(local, 0);

    /// <summary>The manifest's local date form, <c>1998-11-16T10:30:00</c>.</summary>
    public static string Iso(DateTime value) => value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", Invariant);

    /// <summary>The manifest's UTC date form, <c>1998-11-16T15:30:00Z</c>.</summary>
    public static string IsoUtc(DateTime value) => Iso(value) + "Z";
}
