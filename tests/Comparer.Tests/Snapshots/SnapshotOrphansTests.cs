using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Snapshots;

public sealed class SnapshotOrphansTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void VerifiedFilesNoCaseProducesAreOrphans()
    {
        Directory.CreateDirectory(_temp.Combine("Sub"));
        File.WriteAllText(_temp.Combine("Tests.Kept.verified.txt"), "");
        File.WriteAllText(_temp.Combine("Tests.Removed.verified.txt"), "");
        File.WriteAllText(_temp.Combine("Sub", "Tests.Nested.verified.txt"), "");
        File.WriteAllText(_temp.Combine("Tests.Pending.received.txt"), "");

        var orphans = SnapshotOrphans.Find(_temp.Path, ["Tests.Kept", "Sub/Tests.Nested"]);

        Assert.Equal(["Tests.Removed"], orphans);
    }

    [Fact]
    public void AFolderThatDoesNotExistHasNoOrphans()
    {
        Assert.Empty(SnapshotOrphans.Find(_temp.Combine("nothing"), []));
    }
}
