using System.Text;
using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Comparer.Tests.Output;

public class MboxSplitterTests
{
    [Fact]
    public void SplitsAtFromLinesAndDropsTheSeparatorLine()
    {
        var mbox = "From a Mon Nov 16 15:30:00 1998\nSubject: one\n\nbody one\n\nFrom b Mon Nov 16 15:30:00 1998\nSubject: two\n\nbody two\n\n"u8.ToArray();

        var entries = MboxSplitter.Split(mbox);

        Assert.Equal(2, entries.Count);
        Assert.Equal("Subject: one\n\nbody one\n", Encoding.UTF8.GetString(entries[0].Content.Span));
        Assert.Equal("Subject: two\n\nbody two\n", Encoding.UTF8.GetString(entries[1].Content.Span));
        Assert.Equal((1, 0L), (entries[0].Number, entries[0].Offset));
        Assert.Equal(2, entries[1].Number);
        Assert.Equal(Encoding.UTF8.GetByteCount("From a Mon Nov 16 15:30:00 1998\nSubject: one\n\nbody one\n\n"), entries[1].Offset);
    }

    [Fact]
    public void QuotedFromLinesLoseExactlyOneQuote()
    {
        var mbox = "From a\nSubject: x\n\n>From the start\n>>From deeper\n> From is not quoted\n\n"u8.ToArray();

        var entry = Assert.Single(MboxSplitter.Split(mbox));

        Assert.Equal("Subject: x\n\nFrom the start\n>From deeper\n> From is not quoted\n", Encoding.UTF8.GetString(entry.Content.Span));
    }

    [Fact]
    public void BytesBeforeTheFirstFromLineAreIgnored()
    {
        Assert.Empty(MboxSplitter.Split("no separator here\n"u8.ToArray()));
    }

    [Fact]
    public void AByteOrderMarkBeforeTheFirstFromLineDoesNotLoseTheFirstMessage()
    {
        var mbox = "\uFEFFFrom a\nSubject: one\n\nbody one\n\nFrom b\nSubject: two\n\nbody two\n\n"u8.ToArray();

        var entries = MboxSplitter.Split(mbox);

        Assert.Equal(["Subject: one\n\nbody one\n", "Subject: two\n\nbody two\n"], entries.Select(e => Encoding.UTF8.GetString(e.Content.Span)));
        Assert.Equal(3L, entries[0].Offset);
    }
}
