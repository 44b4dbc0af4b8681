using System.Text;
using MailMig.Fidelity.Comparer.Projection;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class HeaderTextTests
{
    [Theory]
    [InlineData(" plain value\r\n")]
    [InlineData("  leading and trailing blanks \t \r\n")]
    [InlineData(" folded\r\n\tover\r\n  three lines\r\n")]
    [InlineData(" bare\nline\rends\r\n")]
    [InlineData("")]
    [InlineData(" \r\n")]
    [InlineData(" =?utf-8?q?M=C3=BCller?= and more\r\n")]
    [InlineData(" =?not an encoded word\r\n")]
    [InlineData(" caf\u00e9\r\n")]
    [InlineData(" control\u0001char and DEL\u007f\r\n")]
    [InlineData(" vertical\u000btab\r\n")]
    public void AValueIsWhatMimeKitsHeaderValueGives(string raw)
    {
        Assert.True(Header.TryParse(Encoding.UTF8.GetBytes("X-Test:" + raw), out var header));

        Assert.Equal(header.Value, HeaderText.ValueOf(header));
    }

    [Fact]
    public void RandomValuesAreWhatMimeKitsHeaderValueGives()
    {
        string[] pieces = [" ", "\t", "\r", "\n", "\r\n ", "a", "Z", "=", "?", ",", "\"", "(", "\u007f", "\u0001", "\u000c", "\u00e9", "=?utf-8?q?a=C3=A9?=", "~"];
        var random = new Random(2026);
        for (var i = 0; i < 20_000; i++)
        {
            var raw = new StringBuilder("X-Test:");
            for (var n = random.Next(0, 12); n > 0; n--)
            {
                raw.Append(pieces[random.Next(pieces.Length)]);
            }

            Assert.True(Header.TryParse(Encoding.UTF8.GetBytes(raw.ToString()), out var header));
            Assert.Equal(header.Value, HeaderText.ValueOf(header));
        }
    }
}
