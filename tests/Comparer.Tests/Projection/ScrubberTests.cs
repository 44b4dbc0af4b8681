using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class ScrubberTests
{
    private sealed class TicketScrubber : IScrubber
    {
        public string Scrub(string field, string value, ScrubCounter counter) =>
            field == "subject" ? System.Text.RegularExpressions.Regex.Replace(value, "#[0-9]+", m => counter.Replace("Ticket", m.Value)) : value;
    }

    [Fact]
    public void AScrubberAddedToThePipelineIsApplied()
    {
        var options = new ProjectionOptions();
        options.Scrubbers.Add(new TicketScrubber());
        var message = MimeMessageReader.Read(new OutputMessageBuilder { Subject = "Case #4711 and #4711 and #12" }.ToBytes());

        Assert.Contains("subject: \"Case Ticket_1 and Ticket_1 and Ticket_2\"", ProjectionWriter.Write(message, options));
        Assert.Contains("subject: \"Case #4711 and #4711 and #12\"", ProjectionWriter.Write(message));
    }

    [Fact]
    public void DateScrubberReplacesOnlyTheNamedFields()
    {
        var options = new ProjectionOptions();
        options.Scrubbers.Add(new DateScrubber("original-date"));
        var projection = ProjectionWriter.Write(MimeMessageReader.Read(new OutputMessageBuilder().ToBytes()), options);

        Assert.Contains("original-date: Date_1", projection);
        Assert.Contains("date: 1998-11-16T15:30:00Z", projection);
    }

    [Fact]
    public void GuidsAreScrubbedOutsideMessageTextButNotInTheBody()
    {
        var guid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        var builder = new OutputMessageBuilder { Body = "ticket " + guid };
        builder.CcMailHeaders.Add("X-Id: " + guid);

        var projection = ProjectionWriter.Write(MimeMessageReader.Read(builder.ToBytes()));

        Assert.Contains("  - \"X-Id: Guid_1\"", projection);
        Assert.Contains("  | ticket " + guid, projection);
    }

    [Fact]
    public void TheSameValueGetsTheSameCounterAndDifferentValuesTheNext()
    {
        var counter = new ScrubCounter();

        Assert.Equal(["MessageId_1", "MessageId_2", "MessageId_1", "Boundary_1"],
            [counter.Replace("MessageId", "a"), counter.Replace("MessageId", "b"), counter.Replace("MessageId", "a"), counter.Replace("Boundary", "a")]);
    }

    [Fact]
    public void BoundariesAreScrubbedInTheStructure()
    {
        var scrubbed = new BoundaryScrubber().Scrub("structure", "multipart/mixed; boundary=\"=-abc==\"", new ScrubCounter());

        Assert.Equal("multipart/mixed; boundary=Boundary_1", scrubbed);
    }
}
