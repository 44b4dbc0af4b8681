using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class ProjectionSectionsTests
{
    private static string Project(OutputMessageBuilder builder) => ProjectionWriter.Write(MimeMessageReader.Read(builder.ToBytes()));

    [Fact]
    public void EqualProjectionsHaveNoDifferingFields()
    {
        var text = Project(new OutputMessageBuilder());

        Assert.Empty(ProjectionSections.DifferingFields(text, text));
    }

    [Fact]
    public void ALostRecipientIsNamedAsTo()
    {
        var builder = new OutputMessageBuilder();
        var before = Project(builder);
        builder.To.RemoveAt(1);

        Assert.Equal(["to"], ProjectionSections.DifferingFields(before, Project(builder)));
    }

    [Fact]
    public void AChangeInsideAForwardedMessageIsNamedWithItsPath()
    {
        var builder = new OutputMessageBuilder();
        builder.Forwarded.Add(new OutputMessageBuilder { Subject = "before" });
        var before = Project(builder);
        builder.Forwarded[0].Subject = "after";

        Assert.Equal(["forwarded[1].subject"], ProjectionSections.DifferingFields(before, Project(builder)));
    }

    [Fact]
    public void MalformedLinesFormTheirOwnField()
    {
        var good = Project(new OutputMessageBuilder());
        var bad = ProjectionWriter.Write(MimeMessageReader.Read("garbage"u8.ToArray()));

        Assert.Contains("malformed", ProjectionSections.DifferingFields(good, bad));
    }

    [Fact]
    public void SplitKeepsEveryLineInExactlyOneField()
    {
        var text = Project(new OutputMessageBuilder());
        var sections = ProjectionSections.Split(text);

        Assert.Equal(text, string.Join('\n', sections.Select(s => s.Text)));
        Assert.Equal("mailbox", sections[0].Field);
    }
}
