using System.Text;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class MessageDateTests
{
    private static MigratedMessage ReadWithDate(string date)
    {
        var text = new OutputMessageBuilder().ToText()
            .Replace("Date: Mon, 16 Nov 1998 10:30:00 -0500", "Date: " + date, StringComparison.Ordinal);
        Assert.Contains("Date: " + date, text, StringComparison.Ordinal);
        return MimeMessageReader.Read(Encoding.UTF8.GetBytes(text));
    }

    [Theory]
    [InlineData("Sun, 1 Jan 1950 00:00:00 +0000", 1950, 1, 1, 0, 0)]
    [InlineData("Mon, 01 Jan 1900 10:00:00 +0000", 1900, 1, 1, 10, 0)]
    [InlineData("Sat, 31 Dec 1960 23:59:59 -0500", 1960, 12, 31, 23, -5)]
    [InlineData("1 Jan 1950 00:00 +0130", 1950, 1, 1, 0, 1.5)]
    public void ValidDatesBeforeMimeKitsLimitAreReadNotMalformed(string written, int year, int month, int day, int hour, double offsetHours)
    {
        var message = ReadWithDate(written);

        Assert.DoesNotContain(message.Problems, p => p.StartsWith("unreadable Date", StringComparison.Ordinal));
        Assert.NotNull(message.Date);
        Assert.Equal(new DateTime(year, month, day), message.Date.Value.Date);
        Assert.Equal(hour, message.Date.Value.Hour);
        Assert.Equal(TimeSpan.FromHours(offsetHours), message.Date.Value.Offset);
    }

    [Theory]
    [InlineData("the day after yesterday")]
    [InlineData("Sun, 32 Jan 1950 00:00:00 +0000")]
    [InlineData("Sun, 1 Foo 1950 00:00:00 +0000")]
    [InlineData("Sun, 1 Jan 1950 25:00:00 +0000")]
    public void InvalidDatesStayUnreadable(string written)
    {
        var message = ReadWithDate(written);

        Assert.Null(message.Date);
        Assert.Contains("unreadable Date: " + written, message.Problems);
    }
}
