using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Tests.Text;

public sealed class CcDateParserTests
{
    public static TheoryData<string, DateTime> ValidDates => new()
    {
        { "11/16/98 10:30 AM", new DateTime(1998, 11, 16, 10, 30, 0) },
        { "1/5/99 9:05 PM", new DateTime(1999, 1, 5, 21, 5, 0) },
        { "01/05/1999 9:05:07 pm", new DateTime(1999, 1, 5, 21, 5, 7) },
        { "9-11-1998 10:05 AM", new DateTime(1998, 9, 11, 10, 5, 0) },
        { "12/31/49 23:59", new DateTime(2049, 12, 31, 23, 59, 0) },
        { "1/1/50 00:00:01", new DateTime(1950, 1, 1, 0, 0, 1) },
        { "1/1/00 12:00 AM", new DateTime(2000, 1, 1, 0, 0, 0) },
        { "2/29/00 12:00 PM", new DateTime(2000, 2, 29, 12, 0, 0) },
        { "  3/4/98   7:08AM  ", new DateTime(1998, 3, 4, 7, 8, 0) },
        { "3-4/98 7:08", new DateTime(1998, 3, 4, 7, 8, 0) },
    };

    [Theory]
    [MemberData(nameof(ValidDates))]
    public void ValidDatesParseToLocalTimeWithNoKind(string text, DateTime expected)
    {
        Assert.True(CcDateParser.TryParse(text, null, out var value));
        Assert.Equal(expected, value);
        Assert.Equal(DateTimeKind.Unspecified, value.Kind);
    }

    [Theory]
    [InlineData("2/31/99 9:00 AM")]
    [InlineData("2/29/99 9:00 AM")]
    [InlineData("13/1/98 9:00 AM")]
    [InlineData("0/1/98 9:00 AM")]
    [InlineData("1/32/98 9:00 AM")]
    [InlineData("1/1/98 13:00 PM")]
    [InlineData("1/1/98 0:00 AM")]
    [InlineData("1/1/98 24:00")]
    [InlineData("1/1/98 9:60")]
    [InlineData("1/1/98 9:00:60")]
    [InlineData("1/1/98 9:5 AM")]
    [InlineData("1/1/998 9:00 AM")]
    [InlineData("1/1/98")]
    [InlineData("9:00 AM")]
    [InlineData("1.1.98 9:00")]
    [InlineData("123/1/98 9:00")]
    [InlineData("")]
    [InlineData("1/1/98 9:00 XM")]
    public void ImpossibleOrMalformedDatesAreRejected(string text) =>
        Assert.False(CcDateParser.TryParse(text, null, out _));

    [Theory]
    [InlineData(50, "1/1/49 9:00", 2049)]
    [InlineData(50, "1/1/50 9:00", 1950)]
    [InlineData(30, "1/1/30 9:00", 1930)]
    [InlineData(30, "1/1/29 9:00", 2029)]
    [InlineData(0, "1/1/05 9:00", 1905)]
    public void TwoDigitYearsFollowThePivot(int pivot, string text, int year)
    {
        Assert.True(CcDateParser.TryParse(text, new CcDateOptions { TwoDigitYearPivot = pivot }, out var value));
        Assert.Equal(year, value.Year);
    }

    [Fact]
    public void DayFirstSwapsMonthAndDay()
    {
        var dayFirst = new CcDateOptions { DayFirst = true };

        Assert.True(CcDateParser.TryParse("16/11/98 10:30", dayFirst, out var value));
        Assert.Equal(new DateTime(1998, 11, 16, 10, 30, 0), value);
        Assert.False(CcDateParser.TryParse("11/16/98 10:30", dayFirst, out _));
    }

    [Theory]
    [InlineData("9-11-1998", true)]
    [InlineData("2/31/99", true)]
    [InlineData("12/01/98", true)]
    [InlineData("1/1/998", false)]
    [InlineData("98/1/1", false)]
    [InlineData("1/1", false)]
    [InlineData("a/b/cc", false)]
    public void DateTokenShapeIsTheGrammarPattern(string token, bool expected) =>
        Assert.Equal(expected, CcDateParser.IsDateToken(token));

    [Theory]
    [InlineData("9:12", true)]
    [InlineData("14:30:05", true)]
    [InlineData("9:12AM", true)]
    [InlineData("9", false)]
    [InlineData("9:1", false)]
    [InlineData("AM", false)]
    public void TimeTokenShapeAllowsSecondsAndAnAttachedMeridiem(string token, bool expected) =>
        Assert.Equal(expected, CcDateParser.IsTimeToken(token));

    [Fact]
    public void DateOnlyParsesFileItemDates()
    {
        Assert.True(CcDateParser.TryParseDateOnly("9-11-1998", null, out var date));
        Assert.Equal(new DateOnly(1998, 9, 11), date);
        Assert.False(CcDateParser.TryParseDateOnly("2/31/99", null, out _));
    }

    [Theory]
    [InlineData("\uFF11\uFF12/\uFF13\uFF11/\uFF19\uFF18 10:30 AM")]
    [InlineData("12/31/98 \uFF11\uFF10:\uFF13\uFF10 AM")]
    [InlineData("\u0661\u0662/\u0663\u0661/\u0669\u0668 10:30")]
    public void NonAsciiDigitsAreNotADateEvenWhenClamping(string text)
    {
        Assert.False(CcDateParser.TryParse(text, null, out _));
        Assert.False(CcDateParser.TryParse(text, new CcDateOptions { ClampDayToMonthEnd = true }, out _, out var clamped));
        Assert.False(clamped);
    }

    [Theory]
    [InlineData("2/31/99 10:30 AM", "1999-02-28T10:30:00")]
    [InlineData("02/30/2000 23:15", "2000-02-29T23:15:00")]
    [InlineData("31/4/01 9:05:07 pm", "2001-04-30T21:05:07")]
    public void WithTheClampOptionAnImpossibleDayBecomesTheMonthsLastDayAndSaysSo(string text, string expected)
    {
        var options = new CcDateOptions { ClampDayToMonthEnd = true, DayFirst = text.StartsWith("31/", StringComparison.Ordinal) };

        Assert.True(CcDateParser.TryParse(text, options, out var value, out var clamped));

        Assert.True(clamped);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.False(CcDateParser.TryParse(text, options with { ClampDayToMonthEnd = false }, out _));
    }

    [Theory]
    [InlineData("11/16/98 10:30 AM")]
    [InlineData("2/28/99 10:30 AM")]
    public void WithTheClampOptionAValidDateIsNotClamped(string text)
    {
        Assert.True(CcDateParser.TryParse(text, new CcDateOptions { ClampDayToMonthEnd = true }, out var value, out var clamped));
        Assert.False(clamped);
        Assert.True(CcDateParser.TryParse(text, null, out var strict));
        Assert.Equal(strict, value);
    }

    [Theory]
    [InlineData("13/1/98 9:00 AM")]
    [InlineData("0/1/98 9:00 AM")]
    [InlineData("1/0/98 9:00 AM")]
    [InlineData("2/31/99 13:00 PM")]
    [InlineData("2/31/99")]
    public void TheClampOptionRepairsOnlyTheDayNeverAMonthATimeOrAMissingTime(string text)
    {
        Assert.False(CcDateParser.TryParse(text, new CcDateOptions { ClampDayToMonthEnd = true }, out _, out var clamped));
        Assert.False(clamped);
    }

    public static TheoryData<string, string> Styles => new()
    {
        { nameof(CcDateStyle.Default), "09/05/98 9:07 PM" },
        { nameof(CcDateStyle.Short), "9/5/98 9:07 PM" },
        { nameof(CcDateStyle.Dashed), "9-5-1998 9:07 PM" },
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public void FormatWritesEachStyleAndParsesBack(string style, string expected)
    {
        var value = new DateTime(1998, 9, 5, 21, 7, 0);
        var chosen = (CcDateStyle)typeof(CcDateStyle).GetProperty(style)!.GetValue(null)!;

        var text = CcDateParser.Format(value, chosen);

        Assert.Equal(expected, text);
        Assert.True(CcDateParser.TryParse(text, null, out var back));
        Assert.Equal(value, back);
    }

    [Fact]
    public void FormatWrites24HourDayFirstWithSeconds()
    {
        var style = new CcDateStyle { DayFirst = true, TwentyFourHour = true, Seconds = true, FourDigitYear = true };
        var value = new DateTime(2001, 2, 3, 4, 5, 6);

        Assert.Equal("03/02/2001 04:05:06", CcDateParser.Format(value, style));
        Assert.Equal("02/03/01 4:05 AM", CcDateParser.Format(value));
    }
}
