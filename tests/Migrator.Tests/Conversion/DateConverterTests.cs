using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Conversion;

public class DateConverterTests
{
    private static DateConverter Zone(string id) => new(TimeZoneInfo.FindSystemTimeZoneById(id));

    [Theory]
    [InlineData("America/New_York", "1998-11-16T10:30:00", "1998-11-16T10:30:00-05:00")]
    [InlineData("America/New_York", "1998-07-01T10:30:00", "1998-07-01T10:30:00-04:00")]
    [InlineData("America/New_York", "1999-04-04T03:30:00", "1999-04-04T03:30:00-04:00")] // the hour after spring forward
    [InlineData("America/New_York", "1999-10-31T00:59:59", "1999-10-31T00:59:59-04:00")]
    [InlineData("America/New_York", "1999-10-31T02:00:00", "1999-10-31T02:00:00-05:00")] // the hour after fall back
    [InlineData("Europe/Berlin", "1999-03-28T03:30:00", "1999-03-28T03:30:00+02:00")]
    [InlineData("Europe/Berlin", "1999-10-31T03:00:00", "1999-10-31T03:00:00+01:00")]
    [InlineData("Europe/Berlin", "1999-01-15T12:00:00", "1999-01-15T12:00:00+01:00")]
    [InlineData("UTC", "2000-01-01T00:00:00", "2000-01-01T00:00:00+00:00")]
    public void LocalTimesGetTheOffsetOfTheirInstant(string zone, string local, string expected)
    {
        var instant = Zone(zone).ToInstant(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), out var inGap);
        Assert.False(inGap);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, instant.Offset);
    }

    [Theory]
    [InlineData("America/New_York", "1999-10-31T01:30:00", "1999-10-31T01:30:00-04:00")]
    [InlineData("Europe/Berlin", "1999-10-31T02:30:00", "1999-10-31T02:30:00+02:00")]
    public void AnAmbiguousAutumnTimeTakesTheEarlierDaylightInstant(string zone, string local, string expected)
    {
        var instant = Zone(zone).ToInstant(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), out _);
        Assert.Equal(TimeSpan.Parse(expected[^5..].Replace("+", ""), System.Globalization.CultureInfo.InvariantCulture) * (expected[^6] == '-' ? -1 : 1), instant.Offset);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, instant.UtcDateTime);
    }

    [Theory]
    [InlineData("America/New_York", "1999-04-04T02:30:00", "1999-04-04T03:30:00-04:00")]
    [InlineData("Europe/Berlin", "1999-03-28T02:15:00", "1999-03-28T03:15:00+02:00")]
    public void ATimeInTheSpringGapIsShiftedForwardAndRepaired(string zone, string local, string expected)
    {
        var repairs = new List<string>();
        var instant = Zone(zone).Resolve(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), null, repairs);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, instant.Offset);
        Assert.Equal([RepairIds.DateInDstGap], repairs);
    }

    [Theory]
    [InlineData("2/31/99 10:30 AM", "1999-02-28T10:30:00")]
    [InlineData("02/30/2000 23:15", "2000-02-29T23:15:00")]
    [InlineData("4-31-01 9:05:07 pm", "2001-04-30T21:05:07")]
    public void AnImpossibleDayIsClampedTimeKept(string text, string expected)
    {
        var repairs = new List<string>();
        var instant = Zone("UTC").Resolve(null, text, repairs);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), instant.DateTime);
        Assert.Equal([RepairIds.DateInvalidClamped], repairs);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("13/01/99 10:00 AM")]
    [InlineData("1/1/99 25:00")]
    [InlineData("1/1/99 13:00 PM")]
    [InlineData("0/10/99")]
    [InlineData("2/30/99 25:00")] // clamping never mends a time
    public void AnUnreadableDateGetsTheDocumentedFallback(string? text)
    {
        var repairs = new List<string>();
        Assert.Equal(DateConverter.Fallback, Zone("America/New_York").Resolve(null, text, repairs));
        Assert.Equal([RepairIds.DateUnreadable], repairs);
    }

    [Fact]
    public void ADateWithoutATimeIsReadAsMidnightAsTheLenientReadingDocuments()
    {
        var repairs = new List<string>();
        var instant = Zone("America/New_York").Resolve(null, "11/16/98", repairs);
        Assert.Equal(new DateTimeOffset(1998, 11, 16, 0, 0, 0, TimeSpan.FromHours(-5)), instant);
        Assert.Empty(repairs);
    }

    [Theory]
    [InlineData("\uFF11\uFF12/\uFF13\uFF11/\uFF19\uFF18 10:30 AM")] // full-width digits, as a cp932 export can carry them
    [InlineData("12/31/98 \uFF11\uFF10:\uFF13\uFF10 AM")] // a full-width time
    [InlineData("\u0661\u0662/\u0663\u0661/\u0669\u0668 10:30")] // Arabic-Indic digits: any non-ASCII digit
    public void AMessageWhoseDateHasNonAsciiDigitsIsRepairedAsDateUnreadableNotSkippedAsAnUnexpectedError(string text)
    {
        using var output = new TempDirectory();
        var message = TestMessages.Simple();
        message.Date = null;
        message.DateText = text;
        var report = Migrating.Run(Migrating.Source(("Smith, Grover", [Migrating.Record(1, message)])), output.Path);

        Assert.Empty(report.Skipped);
        Assert.Equal([RepairIds.DateUnreadable], Assert.Single(report.Repaired).Repairs);
        var written = MimeKit.MimeMessage.Load(output.Combine("Smith, Grover", "Inbox", "000001.eml"));
        Assert.Equal(DateConverter.Fallback, written.Date);
        Assert.Equal(text, written.Headers["X-MailMig-Original-Date"]);
    }

    [Theory]
    [InlineData("1/1/00 9:00 AM", 2000)]
    [InlineData("1/1/49 9:00 AM", 2049)]
    [InlineData("1/1/50 9:00 AM", 1950)]
    [InlineData("12/31/99 11:59 PM", 1999)]
    [InlineData("1/1/1900 12:00 AM", 1900)]
    [InlineData("1/1/2000 12:00 PM", 2000)]
    public void TwoDigitYearsFollowTheCenturyRule(string text, int year)
    {
        var repairs = new List<string>();
        var instant = Zone("UTC").Resolve(null, text, repairs);
        Assert.Empty(repairs);
        Assert.Equal(year, instant.Year);
    }

    [Fact]
    public void DayFirstAndPivotOptionsAreHonoured()
    {
        var converter = new DateConverter(TimeZoneInfo.Utc, new CcDateOptions { DayFirst = true, TwoDigitYearPivot = 20 });
        var instant = converter.Resolve(null, "31/12/30 12:00 AM", []);
        Assert.Equal(new DateTime(1930, 12, 31, 0, 0, 0), instant.DateTime);
    }

    [Fact]
    public void ParsedDatesAreUsedAsTheReaderGaveThem()
    {
        var repairs = new List<string>();
        var instant = Zone("America/New_York").Resolve(new DateTime(1998, 11, 16, 10, 30, 0), "garbage the reader understood", repairs);
        Assert.Equal(new DateTimeOffset(1998, 11, 16, 10, 30, 0, TimeSpan.FromHours(-5)), instant);
        Assert.Empty(repairs);
    }

    [Fact]
    public void TheMessageDateHeaderCarriesTheOffsetAndTheOriginalText()
    {
        var message = TestMessages.Simple();
        message.Date = null;
        message.DateText = "2/31/99 10:30 AM";
        var converted = Converting.Convert(message);
        var parsed = Converting.RoundTrip(message);
        Assert.Equal(new DateTimeOffset(1999, 2, 28, 10, 30, 0, TimeSpan.FromHours(-5)), parsed.Date);
        Assert.Equal("2/31/99 10:30 AM", parsed.Headers["X-MailMig-Original-Date"]);
        Assert.Equal("date-invalid-clamped", parsed.Headers["X-MailMig-Repairs"]);
        Assert.Equal([RepairIds.DateInvalidClamped], converted.Repairs);
    }
}
