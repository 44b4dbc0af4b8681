namespace MailMig.Fidelity.CcMail.Text;

/// <summary>How a date and time are written: the separator, padding, year digits, field order and clock of the forms real exports used.</summary>
public sealed record CcDateStyle
{
    /// <summary><c>MM/DD/YY h:mm AM</c>, the form the Migration Wizard expected.</summary>
    public static CcDateStyle Default { get; } = new();

    /// <summary><c>M/D/YY h:mm AM</c>, unpadded (KB Q186216).</summary>
    public static CcDateStyle Short { get; } = new() { PadMonthDay = false };

    /// <summary><c>M-D-YYYY h:mm AM</c>, with the dash separator (KB Q192700).</summary>
    public static CcDateStyle Dashed { get; } = new() { Separator = '-', PadMonthDay = false, FourDigitYear = true };

    /// <summary>The separator between date fields: <c>/</c> or <c>-</c>.</summary>
    public char Separator { get; init; } = '/';

    /// <summary>Whether month and day are padded to two digits.</summary>
    public bool PadMonthDay { get; init; } = true;

    /// <summary>Whether the year is written with four digits instead of two.</summary>
    public bool FourDigitYear { get; init; }

    /// <summary>Whether the day is written before the month.</summary>
    public bool DayFirst { get; init; }

    /// <summary>Whether the time is written on the 24-hour clock instead of with AM/PM.</summary>
    public bool TwentyFourHour { get; init; }

    /// <summary>Whether seconds are written.</summary>
    public bool Seconds { get; init; }
}
