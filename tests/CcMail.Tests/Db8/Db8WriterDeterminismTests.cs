using System.Security.Cryptography;
using MailMig.Fidelity.CcMail.Db8;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

public sealed class Db8WriterDeterminismTests
{
    [Fact]
    public void WritingTheSamePostOfficeTwiceGivesIdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        Db8Writer.Write(Db8Samples.Full(932), first.Path);
        Db8Writer.Write(Db8Samples.Full(932), second.Path);

        var hashes = Hashes(first.Path);
        Assert.Equal(["CCPODD.00", "CCPOMBOX.000", "CCPOMS", "CCVER.TB", "CLANDATA", "NFTCHECK"], hashes.Select(h => h.Name));
        Assert.Equal(hashes, Hashes(second.Path));
    }

    [Fact]
    public void WritingToDiskAndToMemoryGivesIdenticalFiles()
    {
        using var directory = new TempDirectory();

        Db8Writer.Write(Db8Samples.Full(850), directory.Path);
        var memory = Db8Writer.WriteToMemory(Db8Samples.Full(850));

        Assert.Equal(Hashes(directory.Path), memory.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, Convert.ToHexString(SHA256.HashData(f.Value)))));
    }

    private static List<(string Name, string Sha256)> Hashes(string directory) =>
        [.. Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))))];
}
