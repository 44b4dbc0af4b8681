using System.Text;
using MailMig.Fidelity.Comparer.Sharding;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Sharding;

/// <summary>`compare --shard` computes its part from the manifest's mailbox records, by the function docs/formats/mailbox-shards.md documents.</summary>
public sealed class MailboxPartitionTests
{
    [Fact]
    public void TheDocumentedExampleSplitsAsTheDocumentSays()
    {
        int[] counts = [25, 0, 40, 10, 12];

        Assert.Equal([1, 2], new MailboxPartition(1, 2).Positions(counts).Order());
        Assert.Equal([0, 3, 4], new MailboxPartition(2, 2).Positions(counts).Order());
    }

    [Fact]
    public void EveryMailboxIsInExactlyOnePart()
    {
        var counts = Enumerable.Range(0, 30).Select(i => i * 7 % 11).ToList();

        for (var n = 1; n <= 6; n++)
        {
            var parts = Enumerable.Range(1, n).SelectMany(k => new MailboxPartition(k, n).Positions(counts)).Order();
            Assert.Equal(Enumerable.Range(0, counts.Count), parts);
        }
    }

    [Fact]
    public void TheMailboxRecordsAreReadInFileOrderWithEmptyMailboxesAndAnyKeyOrder()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        File.WriteAllText(path, string.Join('\n',
            """{"record":"header","format":"mailmig-fidelity/manifest@1"}""",
            """{"record":"mailbox","mailbox":"Smith, Grover","folders":["Inbox"],"messages":2,"faults":[]}""",
            """{"record":"message","mailbox":"Smith, Grover","index":1,"body":"{\"record\":\"mailbox\"}"}""",
            """{"record":"message","mailbox":"Smith, Grover","index":2}""",
            """{ "messages": 0, "record" : "mailbox", "mailbox": "Doe, Jane" }""",
            "{not json",
            """{"record":"mailbox","mailbox":"Núñez, José","messages":7}""") + "\n", Encoding.UTF8);

        var list = ManifestMailboxReader.Read(path);

        Assert.Equal([new ManifestMailbox("Smith, Grover", 2), new ManifestMailbox("Doe, Jane", 0), new ManifestMailbox("Núñez, José", 7)], list.Mailboxes);
        Assert.Empty(list.Diagnostics);
    }

    [Fact]
    public void AMailboxNameWithAnUnpairedSurrogateEscapeIsAnErrorForItsLineNotAnException()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        File.WriteAllText(path, string.Join('\n',
            """{"record":"mailbox","mailbox":"\ud800","messages":1}""",
            """{"record":"mailbox","mailbox":"Doe, Jane","messages":1}""") + "\n", Encoding.UTF8);

        var list = ManifestMailboxReader.Read(path);

        Assert.Equal([new ManifestMailbox("Doe, Jane", 1)], list.Mailboxes);
        var error = Assert.Single(list.Diagnostics);
        Assert.Equal(("manifest.invalid-record", 1), (error.Code, error.Line));
    }

    [Fact]
    public void APartCoversItsNamesAndPartOneAlsoCoversMailboxesTheManifestDoesNotList()
    {
        ManifestMailbox[] mailboxes = [new("A", 25), new("B", 0), new("C", 40), new("D", 10), new("E", 12)];

        var first = MailboxScope.For(mailboxes, new MailboxPartition(1, 2));
        var second = MailboxScope.For(mailboxes, new MailboxPartition(2, 2));

        Assert.Equal(["B", "C"], first.Names.Order(StringComparer.Ordinal));
        Assert.Equal(["A", "D", "E"], second.Names.Order(StringComparer.Ordinal));
        Assert.True(first.Covers("(unknown)"));
        Assert.False(second.Covers("(unknown)"));
        Assert.False(second.Covers("C"));
        Assert.Empty(first.SharedNames);
    }

    [Fact]
    public void ANameSharedByMailboxesInDifferentPartsIsCheckedByThePartOfItsFirstMailboxAndNamed()
    {
        ManifestMailbox[] mailboxes = [new("Same", 30), new("Same", 29), new("Other", 1)];

        var first = MailboxScope.For(mailboxes, new MailboxPartition(1, 2));
        var second = MailboxScope.For(mailboxes, new MailboxPartition(2, 2));

        Assert.True(first.Covers("Same"));
        Assert.False(second.Covers("Same"));
        Assert.Equal(["Same"], first.SharedNames);
        Assert.Equal(["Same"], second.SharedNames);
    }
}
