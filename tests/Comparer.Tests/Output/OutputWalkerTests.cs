using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Output;

public sealed class OutputWalkerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Root => _temp.Combine("out");

    [Fact]
    public async Task DirectoryLinksToTheParentAndToItselfAreListedOnceAndNeverFollowed()
    {
        Mutations.Baseline(1).WriteTo(Root);
        SpecialFiles.Link(Path.Combine(Root, "loop"), "..");
        SpecialFiles.Link(Path.Combine(Root, "Smith, Grover", "self"), ".");

        var entries = await SpecialFiles.WithinSeconds(20, () => OutputWalker.Walk(Root));

        Assert.Equal(
            [("Smith, Grover/Inbox/000001.eml", FileKind.RegularFile), ("Smith, Grover/self", FileKind.SymbolicLink), ("loop", FileKind.SymbolicLink)],
            entries.Select(e => (e.RelativePath, e.Kind)));
    }

    [Fact]
    public async Task AFifoNamedLikeAMessageIsListedAsAFifo()
    {
        SpecialFiles.Fifo(Path.Combine(Root, "Smith, Grover", "Inbox", "000001.eml"));

        var entry = Assert.Single(await SpecialFiles.WithinSeconds(20, () => OutputWalker.Walk(Root)));

        Assert.Equal((FileKind.Fifo, "not a regular file (named pipe)"), (entry.Kind, entry.Describe()));
    }

    [Fact]
    public void ALinkToARegularFileOrToADeviceIsALinkNotAFile()
    {
        Mutations.Baseline(1).WriteTo(Root);
        SpecialFiles.Link(Path.Combine(Root, "Smith, Grover", "Inbox", "000002.eml"), "000001.eml");
        SpecialFiles.Link(Path.Combine(Root, "Smith, Grover", "Inbox", "000003.eml"), "/dev/zero");

        var entries = OutputWalker.Walk(Root);

        Assert.Equal([FileKind.RegularFile, FileKind.SymbolicLink, FileKind.SymbolicLink], entries.Select(e => e.Kind));
        Assert.Equal(FileKind.Device, FileKinds.Of("/dev/null"));
    }

    [Fact]
    public async Task TheReaderNeverOpensAFifoEvenWhenAPackingListNamesIt()
    {
        var mailbox = Path.Combine(Root, "Smith, Grover");
        Directory.CreateDirectory(mailbox);
        File.WriteAllText(Path.Combine(mailbox, "MIGRATE.PKL"), "850\r\n\r\nMIGRATE.PRI\r\nMIGRATE.SEC\r\n");
        SpecialFiles.Fifo(Path.Combine(mailbox, "MIGRATE.PRI"));

        var message = Assert.Single(await SpecialFiles.WithinSeconds(20, () => new OutputFolder(Root).ReadAll().ToList()));

        Assert.Contains(message.Problems, p => p.Contains("not a regular file (named pipe)", StringComparison.Ordinal));
    }

    [Fact]
    public void AHiddenFileIsListedLikeAnyOther()
    {
        Directory.CreateDirectory(Path.Combine(Root, ".hidden"));
        File.WriteAllText(Path.Combine(Root, ".hidden", ".000001.eml"), "x");

        Assert.Equal([".hidden/.000001.eml"], OutputWalker.RegularFiles(Root));
    }
}
