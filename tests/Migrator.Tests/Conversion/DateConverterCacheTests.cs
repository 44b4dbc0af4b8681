using CsCheck;
using MailMig.Fidelity.Migrator.Conversion;

namespace MailMig.Fidelity.Migrator.Tests.Conversion;

/*
 * DateConverter remembers the offset of each local day that holds no transition. These tests pin that the remembered
 * answer is always the one a converter that remembers nothing gives: around transitions of whole hours, of half hours
 * (Lord Howe), at odd minutes (St John's before 2011), and across a day that never happened (Samoa skipped 30 Dec 2011).
 */
public class DateConverterCacheTests
{
    private static readonly string[] Zones =
        ["America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Pacific/Apia", "America/St_Johns", "Asia/Kathmandu", "Europe/Moscow"];

    private static DateConverter Fresh(string zone) => new(TimeZoneInfo.FindSystemTimeZoneById(zone));

    [Fact]
    public void AConverterThatRemembersDaysAnswersEveryLocalTimeAsAFreshConverterDoes()
    {
        var warmed = Zones.ToDictionary(z => z, Fresh);
        var localTimes = Gen.Int[0, Zones.Length - 1].Select(
            Gen.DateTime[new DateTime(1900, 1, 1), new DateTime(2040, 12, 31)],
            Gen.Int[0, 3]);
        localTimes.Sample((zone, local, nearTransitionMonth) =>
        {
            // Half the samples fall in March, April, October or November, where most transitions are.
            var time = nearTransitionMonth switch
            {
                0 => local,
                1 => new DateTime(local.Year, 3, Math.Min(local.Day, 31), local.Hour, local.Minute, 0),
                2 => new DateTime(local.Year, 10, Math.Min(local.Day, 31), local.Hour, local.Minute, 0),
                _ => new DateTime(local.Year, 4, Math.Min(local.Day, 30), local.Hour, local.Minute, 0),
            };
            AssertSameAsFresh(warmed[Zones[zone]], Zones[zone], time);
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("Pacific/Apia", "2011-12-30T12:00:00")] // a whole day skipped: every time of it is in the gap
    [InlineData("Australia/Lord_Howe", "2019-10-06T02:15:00")] // a half-hour gap
    [InlineData("Australia/Lord_Howe", "2019-04-07T01:45:00")] // a half-hour overlap
    [InlineData("America/New_York", "1999-04-04T02:30:00")]
    [InlineData("America/New_York", "1999-10-31T01:30:00")]
    public void EveryMinuteOfATransitionDayGetsTheAnswerOfAFreshConverterAfterTheDayWasSeen(string zone, string seen)
    {
        var converter = Fresh(zone);
        var day = DateTime.Parse(seen, System.Globalization.CultureInfo.InvariantCulture).Date;
        for (var minute = 0; minute < 24 * 60; minute += 5)
        {
            AssertSameAsFresh(converter, zone, day.AddMinutes(minute));
        }
    }

    [Fact]
    public void ADayWhoseDaylightTimeStartsAndEndsWithinItIsNotTakenForAPlainDay()
    {
        // Daylight time from 01:00 to 23:00 on 1 June: the day starts and ends on the standard offset.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 1, 0, 0), 6, 1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 23, 0, 0), 6, 1));
        var zone = TimeZoneInfo.CreateCustomTimeZone("one-day-summer", TimeSpan.FromHours(2), "one-day summer", "standard", "daylight", [rule]);
        var converter = new DateConverter(zone);

        Assert.Equal(TimeSpan.FromHours(2), converter.ToInstant(new DateTime(1999, 6, 1, 0, 30, 0), out _).Offset);
        Assert.Equal(TimeSpan.FromHours(3), converter.ToInstant(new DateTime(1999, 6, 1, 12, 0, 0), out _).Offset);
        Assert.Equal(TimeSpan.FromHours(2), converter.ToInstant(new DateTime(1999, 6, 1, 23, 30, 0), out _).Offset);
        Assert.Equal(TimeSpan.FromHours(3), converter.ToInstant(new DateTime(1999, 6, 1, 12, 0, 0), out _).Offset);
    }

    [Fact]
    public void TheDaysAroundAPlainDayAreNotTakenForIt()
    {
        var converter = Fresh("America/New_York");
        Assert.Equal(TimeSpan.FromHours(-4), converter.ToInstant(new DateTime(1999, 10, 30, 12, 0, 0), out _).Offset);
        Assert.Equal(TimeSpan.FromHours(-5), converter.ToInstant(new DateTime(1999, 10, 31, 12, 0, 0), out _).Offset);
        Assert.Equal(TimeSpan.FromHours(-5), converter.ToInstant(new DateTime(1999, 11, 1, 0, 0, 0), out _).Offset);
        Assert.Equal(TimeSpan.FromHours(-4), converter.ToInstant(new DateTime(1999, 10, 30, 23, 59, 59), out _).Offset);
    }

    private static void AssertSameAsFresh(DateConverter converter, string zone, DateTime local)
    {
        var remembered = converter.ToInstant(local, out var rememberedGap);
        var expected = Fresh(zone).ToInstant(local, out var expectedGap);
        Assert.True(expected == remembered && expected.Offset == remembered.Offset && expectedGap == rememberedGap,
            $"{zone} {local:O}: {remembered:O} (gap {rememberedGap}), a fresh converter gives {expected:O} (gap {expectedGap})");
    }
}
