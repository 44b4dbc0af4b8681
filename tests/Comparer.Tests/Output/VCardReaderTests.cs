using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Comparer.Tests.Output;

public sealed class VCardReaderTests
{
    [Fact]
    public void Folded_lines_are_unfolded_and_text_escapes_undone()
    {
        var (cards, problems) = VCardReader.Read("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Smith\\, Grover\\; Jr\\nline\r\nitem1.EMAIL;TYPE=work:gro\r\n ver@example.com\r\nEND:VCARD\r\n");

        Assert.Empty(problems);
        var card = Assert.Single(cards);
        Assert.Equal("Smith, Grover; Jr\nline", card.FormattedName);
        Assert.Equal("grover@example.com", card.First("EMAIL"));
        Assert.Equal("individual", card.Kind);
    }

    [Fact]
    public void A_card_without_end_and_a_line_without_colon_are_problems_not_exceptions()
    {
        var (cards, problems) = VCardReader.Read("BEGIN:VCARD\nFN:A\nnonsense\n");

        Assert.Empty(cards);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("no ':'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("without END:VCARD", StringComparison.Ordinal));
    }
}
