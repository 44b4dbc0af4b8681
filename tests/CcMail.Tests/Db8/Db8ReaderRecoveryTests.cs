using System.Buffers.Binary;
using System.Text;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

/// <summary>The recovery policy of docs/formats/db8.md: each damage's outcome for the damaged message, and every other message intact.</summary>
public sealed class Db8ReaderRecoveryTests
{
    private const string Store = Db8Layout.StoreFile;
    private const string Index = Db8Layout.IndexFile;

    [Fact]
    public void UndamagedStoreReadsEveryMessageIntactWithoutDiagnostics()
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));

        Assert.Equal("ok ok ok | ok ok ok", Outcomes(store));
    }

    [Theory]
    [InlineData(7u)]
    [InlineData(0u)]
    [InlineData(0xFFFFFFF0u)]
    public void CorruptLengthFieldIsRecoveredFromTheIndex(uint damagedLength)
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));
        var record = store.Record(0, 2);

        store.SetU32(Store, record.Offset + Db8Layout.LengthFieldOffset, damagedLength);

        Assert.Equal("ok ok(db8.length-from-index) ok | ok ok ok", Outcomes(store));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-3)]
    [InlineData(1_000_000)]
    public void ResealedHeaderWithAWrongLengthIsRecoveredFromTheIndex(int error)
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));
        var record = store.Record(1, 1);

        store.SetU32(Store, record.Offset + Db8Layout.LengthFieldOffset, (uint)(record.Length + error));
        store.ResealHeader(Store, record.Offset);

        Assert.Equal("ok ok ok | ok(db8.length-from-index) ok ok", Outcomes(store));
    }

    [Fact]
    public void MailboxReadOnItsOwnRecoversAFirstMessageWhoseIndexEntryDangles()
    {
        var store = new Db8TestStore(Db8Samples.Grid(3, 2));
        store.SetU64(Index, store.Record(2, 1).IndexOffset + Db8Layout.IndexEntryOffsetFieldOffset, 1);

        using var reader = store.Open();
        var records = reader.ReadMessages(reader.Mailboxes[2]).ToList();

        Assert.Equal(store.Expected(2, 1), Db8Samples.ToJson(records[0].Message!));
        Assert.Equal([Db8DiagnosticCodes.DanglingOffset], records[0].Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void DamagedIndexOffsetIsSurvivedByTheSequentialWalk()
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));
        var record = store.Record(1, 2);

        store.SetU64(Index, record.IndexOffset + Db8Layout.IndexEntryOffsetFieldOffset, 10_000_000);

        Assert.Equal("ok ok ok | ok ok(db8.dangling-offset) ok", Outcomes(store));
    }

    [Theory]
    [InlineData(10_000_000L)]
    [InlineData(5L)]
    [InlineData(0L)]
    public void ResealedIndexOffsetThatDanglesIsSurvivedByTheSequentialWalk(long target)
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));
        var record = store.Record(1, 2);
        var offset = target == 5 ? store.Record(0, 3).Offset + 5 : target;

        store.SetU64(Index, record.IndexOffset + Db8Layout.IndexEntryOffsetFieldOffset, (ulong)offset);
        store.Reseal(Index, record.IndexOffset);

        Assert.Equal("ok ok ok | ok ok(db8.dangling-offset) ok", Outcomes(store));
    }

    [Fact]
    public void IndexOffsetPointingAtAnotherMessagesRecordIsSurvivedByTheSequentialWalk()
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));

        store.SetU64(Index, store.Record(0, 1).IndexOffset + Db8Layout.IndexEntryOffsetFieldOffset, (ulong)store.Record(0, 3).Offset);
        store.Reseal(Index, store.Record(0, 1).IndexOffset);

        Assert.Equal("ok(db8.dangling-offset) ok ok | ok ok ok", Outcomes(store));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(10)]
    [InlineData(0)]
    public void TruncatedStoreKeepsEarlierMessagesAndMarksTheCutAndLaterOnesUnreadable(int into)
    {
        var store = new Db8TestStore(Db8Samples.Grid(3, 3));

        store.Truncate(Store, store.Record(1, 2).Offset + into);

        Assert.Equal("ok ok ok | ok null(db8.truncated) null(db8.truncated) | null(db8.truncated) null(db8.truncated) null(db8.truncated)", Outcomes(store));
        using var reader = store.Open();
        Assert.Contains(reader.Diagnostics, d => d.Code == Db8DiagnosticCodes.Truncated && d.File == Store);
    }

    [Fact]
    public void TruncatedStoreAndIndexStillYieldARecordForEveryMessageTheMailboxListCounts()
    {
        var store = new Db8TestStore(Db8Samples.Grid(3, 3));

        store.Truncate(Store, store.Record(1, 2).Offset + 30);
        store.Truncate(Index, store.Record(1, 1).IndexOffset);

        Assert.Equal("ok ok ok | ok(db8.dangling-offset) null(db8.truncated) null(db8.truncated) | null(db8.truncated) null(db8.truncated) null(db8.truncated)", Outcomes(store));
    }

    [Theory]
    [InlineData(Db8Layout.RecordHeaderSize)]
    [InlineData(Db8Layout.RecordHeaderSize + 20)]
    [InlineData(-1)]
    public void PayloadChecksumMismatchMakesOnlyThatMessageUnreadable(int into)
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));
        var record = store.Record(0, 2);

        store.Flip(Store, into < 0 ? record.Offset + record.Length - 1 : record.Offset + into);

        Assert.Equal("ok null(db8.bad-checksum) ok | ok ok ok", Outcomes(store));
    }

    [Fact]
    public void DeletedByteInsideARecordLosesOnlyThatRecord()
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));

        store.Delete(Store, store.Record(0, 3).Offset + 40, 1);

        Assert.Equal("ok ok null(db8.bad-checksum) | ok(db8.dangling-offset,db8.resync) ok(db8.dangling-offset) ok(db8.dangling-offset)", Outcomes(store));
    }

    [Fact]
    public void BytesDeletedFromTheFileHeaderBodyDoNotHideTheFirstRecord()
    {
        // The intact file header is stepped over only if its body checks too; its length now overshoots by one byte.
        var store = new Db8TestStore(Db8Samples.Grid(1, 2));

        store.Delete(Store, Db8Layout.RecordHeaderSize, 1);

        Assert.Equal("ok(db8.dangling-offset,db8.resync) ok(db8.dangling-offset)", Outcomes(store));
    }

    [Fact]
    public void BytesDeletedBeforeAnEmptyMailboxDoNotHideTheNextMailboxsRecords()
    {
        // The walk's starting point carries over an empty mailbox to the next one.
        var postOffice = Db8Samples.Grid(2, 2);
        postOffice.Mailboxes[0].Messages.Clear();
        var store = new Db8TestStore(postOffice);

        store.Delete(Store, 0, 6);

        Assert.Equal(" | ok(db8.dangling-offset,db8.resync) ok(db8.dangling-offset)", Outcomes(store));
    }

    [Fact]
    public void InsertedBytesBetweenRecordsAreSkippedByResynchronisation()
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 2));

        store.Insert(Store, store.Record(1, 1).Offset, Encoding.ASCII.GetBytes("CMSGMessage:"));

        Assert.Equal("ok ok | ok(db8.dangling-offset,db8.resync) ok(db8.dangling-offset)", Outcomes(store));
    }

    [Fact]
    public void DamagedHeaderAndDamagedIndexEntryLoseOnlyThatMessage()
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));
        var record = store.Record(0, 2);

        store.Flip(Store, record.Offset);
        store.Flip(Index, record.IndexOffset + 30);

        Assert.Equal("ok null(db8.missing) ok | ok ok ok", Outcomes(store));
    }

    [Fact]
    public void IndexLengthDisagreeingWithAnIntactRecordIsReportedAndTheRecordWins()
    {
        var store = new Db8TestStore(Db8Samples.Grid(1, 3));
        var record = store.Record(0, 2);

        store.SetU32(Index, record.IndexOffset + Db8Layout.IndexEntryLengthFieldOffset, (uint)record.Length + 100);
        store.Reseal(Index, record.IndexOffset);

        Assert.Equal("ok ok(db8.bad-length) ok", Outcomes(store));
    }

    [Fact]
    public void MissingIndexIsSurvivedByTheSequentialWalk()
    {
        var store = new Db8TestStore(Db8Samples.Full(850));

        store.Files.Remove(Index);

        Assert.Equal("ok(db8.dangling-offset) ok(db8.dangling-offset) ok(db8.dangling-offset) |  | ok(db8.dangling-offset)", Outcomes(store));
        using var reader = store.Open();
        Assert.Contains(reader.Diagnostics, d => d.Code == Db8DiagnosticCodes.MissingFile && d.File == Index);
    }

    [Fact]
    public void WalkScansPastBinaryDataThatLooksLikeARecord()
    {
        // Message 1's attachments hold "Message:", the record tag and an intact record header keyed as message 1 itself.
        // With message 1's header and both first index entries damaged, the walk for message 1 takes the look-alike
        // (whose body does not decode), and the walk for message 2 scans on past the second look-alike to the real record.
        var store = new Db8TestStore(Db8Samples.Full(850));

        store.Flip(Store, store.Record(0, 1).Offset);
        store.Flip(Index, store.Record(0, 1).IndexOffset + 30);
        store.Flip(Index, store.Record(0, 2).IndexOffset + 30);

        Assert.Equal("null(db8.dangling-offset,db8.resync,db8.bad-payload) ok(db8.dangling-offset,db8.resync) ok |  | ok", Outcomes(store));
    }

    [Fact]
    public void DamagedMailboxRecordIsRecoveredFromTheIndexUnderAStablePlaceholderWhenNothingNamesIt()
    {
        var store = new Db8TestStore(Db8Samples.Grid(3, 2));

        store.Flip(Db8Layout.MailboxFile, MailboxRecordOffset(store, 2) + 30);

        using var reader = store.Open();
        Assert.Equal([1, 2, 3], reader.Mailboxes.Select(m => m.Id));
        Assert.Equal((2, "recovered-mailbox-2", "index"), (reader.Mailboxes[1].MessageCount, reader.Mailboxes[1].Name, reader.Mailboxes[1].RecoveredFrom));
        Assert.All([reader.Mailboxes[0], reader.Mailboxes[2]], m => Assert.Null(m.RecoveredFrom));
        Assert.Contains(reader.Diagnostics, d => d.Code == Db8DiagnosticCodes.BadChecksum && d.File == Db8Layout.MailboxFile);
        Assert.Contains(reader.Diagnostics, d => d.Code == Db8DiagnosticCodes.MailboxRecovered && d.Message.Contains("recovered-mailbox-2", StringComparison.Ordinal));
        Assert.Empty(reader.LostMailboxes);
        Assert.Equal("ok ok | ok ok | ok ok", Outcomes(store));
    }

    [Fact]
    public void AnEmptyMailboxWhoseRecordIsLostIsNamedLostByTheCompletionRecord()
    {
        var postOffice = Db8Samples.Grid(2, 2);
        postOffice.Mailboxes.Add(new Mailbox { Name = "Empty, Ed" });
        var store = new Db8TestStore(postOffice);

        store.Flip(Db8Layout.MailboxFile, MailboxRecordOffset(store, 3) + 30);

        using var reader = store.Open();
        Assert.Equal([1, 2], reader.Mailboxes.Select(m => m.Id));
        var lost = Assert.Single(reader.LostMailboxes);
        Assert.Equal((3, "recovered-mailbox-3", 0L), (lost.Id, lost.Name, lost.ExpectedMessages));
        Assert.Contains("completion record counts 3 mailboxes", lost.Reason, StringComparison.Ordinal);
        Assert.Contains(reader.Diagnostics, d => d.Code == Db8DiagnosticCodes.MailboxLost && d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void AMailboxListedWithFewerMessagesThanTheIndexHoldsIsReadToTheIndexsCount()
    {
        var store = new Db8TestStore(Db8Samples.Grid(2, 3));
        var second = MailboxRecordOffset(store, 2);
        // The body ends with the u32 message count and three u64 offsets.
        var countAt = second + BinaryPrimitives.ReadUInt32LittleEndian(store.Files[Db8Layout.MailboxFile].AsSpan((int)second + Db8Layout.LengthFieldOffset)) - 28;

        store.SetU32(Db8Layout.MailboxFile, countAt, 1);
        store.Reseal(Db8Layout.MailboxFile, second);

        using var reader = store.Open();
        Assert.Equal(3, reader.Mailboxes[1].MessageCount);
        Assert.Contains(reader.Diagnostics, d => d.Code == Db8DiagnosticCodes.CountMismatch && d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("ok ok ok | ok ok ok", Outcomes(store));
    }

    [Fact]
    public void MissingCompletionRecordIsReportedAsIncomplete()
    {
        var store = new Db8TestStore(Db8Samples.Grid(1, 2));

        store.Files.Remove(Db8Layout.CheckFile);

        using var reader = store.Open();
        Assert.Equal([Db8DiagnosticCodes.Incomplete], reader.Diagnostics.Select(d => d.Code));
        Assert.Equal("ok ok", Outcomes(store));
    }

    private static long MailboxRecordOffset(Db8TestStore store, uint id)
    {
        var bytes = store.Files[Db8Layout.MailboxFile];
        for (var i = Db8Layout.FileHeaderSize; i + 24 <= bytes.Length; i++)
        {
            if (bytes.AsSpan(i, 4).SequenceEqual("MBOX"u8) && BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i + 8)) == id)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no record for mailbox {id}");
    }

    /// <summary>Each message as "ok" (equal to what was written) or "null", with its diagnostic codes; mailboxes separated by " | ".</summary>
    private static string Outcomes(Db8TestStore store, IReadOnlyList<int>? writtenMailboxes = null)
    {
        var records = store.ReadRecords();
        return string.Join(" | ", records.Select((mailbox, m) => string.Join(" ", mailbox.Select(r => Outcome(store, writtenMailboxes?[m] ?? m, r)))));
    }

    private static string Outcome(Db8TestStore store, int mailbox, MessageRecord record)
    {
        var codes = record.Diagnostics.Count == 0 ? "" : $"({string.Join(",", record.Diagnostics.Select(d => d.Code))})";
        if (record.Message is null)
        {
            return $"null{codes}";
        }

        return (Db8Samples.ToJson(record.Message) == store.Expected(mailbox, record.Index) ? "ok" : "WRONG") + codes;
    }
}
