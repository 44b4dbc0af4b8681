namespace MailMig.Fidelity.CcMail.Text;

/// <summary>How cc:Mail dates are read: month/day order, the two-digit year century rule and what an impossible day becomes.</summary>
public sealed record CcDateOptions
{
    /// <summary>M/D order with years 00–49 as 2000–2049 and 50–99 as 1950–1999.</summary>
    public static CcDateOptions Default { get; } = new();

    /// <summary>Whether dates are written D/M instead of M/D (exports followed the Windows locale, KB Q180641).</summary>
    public bool DayFirst { get; init; }

    /// <summary>Two-digit years below this are 20xx, the rest 19xx.</summary>
    public int TwoDigitYearPivot { get; init; } = 50;

    /// <summary>Whether a day past the month's end (2/31/99, KB Q233325) is clamped to the month's last day instead of refused: the readers refuse, the Migrator clamps and reports a repair.</summary>
    public bool ClampDayToMonthEnd { get; init; }

    /// <summary>Whether a date with no time (<c>1/5/99</c>) is read as midnight instead of refused: the readers refuse, the Migrator's lenient second reading accepts it.</summary>
    public bool MidnightWhenTimeMissing { get; init; }
}
