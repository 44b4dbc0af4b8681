using MailMig.Fidelity.Migrator.Conversion;

namespace MailMig.Fidelity.Migrator.Tests.Conversion;

public class FolderSegmentsTests
{
    [Fact]
    public void NestedFoldersBecomeNestedSegmentsAllocatedPerParent()
    {
        var folders = new FolderSegments();
        Assert.Equal(["Projects", "2024"], folders.Allocate(@"Projects\2024"));
        Assert.Equal(["%50%52%4F%4A%45%43%54%53"], folders.Allocate("PROJECTS"));
        Assert.Equal(["Other", "2024"], folders.Allocate(@"Other\2024"));
        Assert.Equal(["%", "x"], folders.Allocate(@"\x"));
    }
}
