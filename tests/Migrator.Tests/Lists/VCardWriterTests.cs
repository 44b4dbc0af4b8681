using System.Text;
using MailMig.Fidelity.Migrator.Lists;

namespace MailMig.Fidelity.Migrator.Tests.Lists;

public sealed class VCardWriterTests
{
    [Fact]
    public void Text_values_escape_backslash_comma_semicolon_and_line_breaks()
    {
        Assert.Equal("Smith\\, Grover\\; Jr\\nline \\\\ end", VCardWriter.Escape("Smith, Grover; Jr\r\nline \\ end"));
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_a_utf8_character()
    {
        var cards = new VCardWriter();
        cards.Begin("individual", new string('é', 60));
        cards.End();
        var lines = Encoding.UTF8.GetString(cards.ToBytes()).Split("\r\n");

        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 0, 75));
        var fn = string.Concat(lines.SkipWhile(l => !l.StartsWith("FN:", StringComparison.Ordinal)).TakeWhile(l => l != "END:VCARD").Select((l, i) => i == 0 ? l : l[1..]));
        Assert.Equal("FN:" + new string('é', 60), fn);
    }

    [Fact]
    public void A_mailto_uri_percent_encodes_what_a_uri_may_not_hold()
    {
        Assert.Equal("mailto:IMCEACCMAIL-Doe+2C+20Jane@x.invalid", VCardWriter.MailTo("IMCEACCMAIL-Doe+2C+20Jane@x.invalid"));
        Assert.Equal("mailto:a%20b%25@x", VCardWriter.MailTo("a b%@x"));
    }
}
