using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Output;

public class PathSegmentsTests
{
    [Theory]
    [InlineData("Smith, Grover")]
    [InlineData("a/b\\c:d*e?f\"g<h>i|j%k")]
    [InlineData("Müller ½ ░ ソニー")]
    [InlineData("🙂 emoji")]
    public void DecodingGivesBackTheName(string name)
    {
        Assert.Equal(name, PathSegments.Decode(PathSegmentEncoder.Encode(name)));
    }

    [Fact]
    public void DecodingUndoesReservedNameAndCollisionEncodings()
    {
        Assert.Equal("CON", PathSegments.Decode("%43ON"));
        Assert.Equal("Smith", PathSegments.Decode("%53mith"));
        Assert.Equal("100%", PathSegments.Decode("100%"));
    }

    [Fact]
    public void LocatingAnEmlFileGivesMailboxFolderAndSnapshotName()
    {
        var location = PathSegments.Locate("Doe%2FJane/Projects/2024/000017.eml");

        Assert.Equal(("Doe/Jane", "Projects\\2024", "Doe%2FJane/Projects/2024/000017", (int?)null), (location.Mailbox, location.Folder, location.SnapshotName, location.Entry));
    }

    [Fact]
    public void LocatingAnMboxEntryUsesTheFileAsTheLastFolder()
    {
        var location = PathSegments.Locate("Smith, Grover/Projects/2024.mbox", 3, "000017");

        Assert.Equal(("Smith, Grover", "Projects\\2024", "Smith, Grover/Projects/2024/000017", 3), (location.Mailbox, location.Folder, location.SnapshotName, location.Entry));
        Assert.Equal("Smith, Grover/Projects/2024.mbox#3", location.ToString());
    }
}
