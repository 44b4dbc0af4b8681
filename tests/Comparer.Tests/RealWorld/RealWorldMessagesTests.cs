using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.RealWorld;

/*
 * Real and malformed messages from MimeKit's and mail-parser's own test suites (../shared/realworld,
 * read in place and copied only to a temp folder): the Comparer must take any tree of .eml and .mbox
 * files, find them identical to themselves, and see a one-byte change of a From or Subject in each.
 */

public sealed class RealWorldMessagesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Actual => _temp.Combine("actual");

    private string Verified => _temp.Combine("verified");

    private static SnapshotSettings Settings => new() { Environment = TestEnvironments.Local() };

    [Theory]
    [InlineData("unmunged.mbox", 4)]
    [InlineData("content-length.mbox", 29)]
    [InlineData("issue1189.mbox", 4)]
    [InlineData("simple.mbox", 3)]
    public void EachMboxHoldsAsManyMessagesAsItsReadmeSays(string file, int messages)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RealWorldData.Folder, "mbox", file));

        Assert.Equal(messages, MboxSplitter.Split(bytes).Count);
    }

    [Fact]
    public void AcceptedRealWorldMessagesCompareIdentical()
    {
        RealWorldData.CopyTo(Actual);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(Actual, Verified);

        var result = new SnapshotFolderVerifier(Settings).Verify(Actual, Verified);

        Assert.True(result.IsSuccess, result.Describe(5));
        Assert.Equal(140 + 4 + 29 + 4 + 3, result.MessageCount);
    }

    [Fact]
    public void AOneByteChangeOfFromOrSubjectInEachRealWorldMessageFailsNamingThatField()
    {
        RealWorldData.CopyTo(Actual);
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(Actual, Verified);
        var expected = FlipEveryMessage();

        var result = new SnapshotFolderVerifier(Settings).Verify(Actual, Verified);

        // 29 of the 180 messages (malformed and RFC examples) have neither header: they stay unchanged and must still match.
        var flipped = expected.Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value!, StringComparer.Ordinal);
        Assert.Equal((180, 151), (expected.Count, flipped.Count));
        var found = result.Differences.ToDictionary(d => d.Name, d => d.Fields, StringComparer.Ordinal);
        Assert.All(flipped, e => Assert.True(found.TryGetValue(e.Key, out var fields) && fields.Contains(e.Value),
            $"{e.Key}: flipped a byte of {e.Value}, but the differing fields are [{string.Join(", ", found.GetValueOrDefault(e.Key) ?? [])}]"));
        Assert.Equal(flipped.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>Flips one byte of From or Subject in every message of the copy; returns snapshot name → field flipped (null: the message has neither).</summary>
    private Dictionary<string, string?> FlipEveryMessage()
    {
        var expected = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Actual, f).Replace('\\', '/')))
        {
            var path = Path.Combine(Actual, file);
            var bytes = File.ReadAllBytes(path);
            if (file.EndsWith(".eml", StringComparison.Ordinal))
            {
                expected[file[..^4]] = HeaderByteFlipper.Flip(bytes, 0);
            }
            else if (file.EndsWith(".mbox", StringComparison.Ordinal))
            {
                foreach (var entry in MboxSplitter.Split(bytes.ToArray()))
                {
                    var headers = Array.IndexOf(bytes, (byte)'\n', (int)entry.Offset) + 1;
                    expected[file[..^5] + "/entry-" + entry.Number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)] = HeaderByteFlipper.Flip(bytes, headers);
                }
            }

            File.WriteAllBytes(path, bytes);
        }

        return expected;
    }
}
