using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

public sealed class Db8RoundTripTests
{
    [Theory]
    [InlineData(437)]
    [InlineData(850)]
    [InlineData(932)]
    public void PostOfficeWrittenToDiskReadsBackEqual(int codePage)
    {
        var postOffice = Db8Samples.Full(codePage);
        using var directory = new TempDirectory();

        Db8Writer.Write(postOffice, directory.Path);
        var read = Db8Reader.ReadAll(directory.Path);

        Assert.Equal(Db8Samples.ToJson(postOffice), Db8Samples.ToJson(read));
    }

    [Fact]
    public void WriterCreatesAPostOfficeDirectoryThatDoesNotExistYet()
    {
        using var parent = new TempDirectory();
        var directory = Path.Combine(parent.Path, "new", "PO");

        Db8Writer.Write(Db8Samples.Grid(1, 1), directory);

        Assert.Equal(Db8Samples.ToJson(Db8Samples.Grid(1, 1)), Db8Samples.ToJson(Db8Reader.ReadAll(directory)));
    }

    [Fact]
    public void AddressesAreStoredAsTheirRawText()
    {
        var store = new Db8TestStore(Db8Samples.Full(850));

        using var reader = store.Open();
        var message = reader.ReadMessages(reader.Mailboxes[0]).First().Message!;

        Assert.Equal("Müller, Jürgen at FERGUSON", message.From!.Raw);
        Assert.Equal(["jdoe at ATTMAIL", $"{Db8Samples.TextFor(850)} at FERGUSON"], message.To.Select(a => a.Raw));
        Assert.Equal(["[SMTP:attmail!jdoe]", "c=US;a=ATTMAIL;p=TEST;s=Good;g=Guy"], message.Cc.Select(a => a.Raw));
        Assert.Equal("Smith, Grover", Assert.Single(message.Bcc).Raw);
        Assert.Equal("Müller, Jürgen at FERGUSON", message.ReturnReceiptTo!.Raw);
    }

    [Fact]
    public void EveryRecordCarriesItsIndexAndLocationAndNoDiagnostics()
    {
        var store = new Db8TestStore(Db8Samples.Full(850));

        using var reader = store.Open();
        var records = reader.Mailboxes.SelectMany(reader.ReadMessages).ToList();

        Assert.Empty(reader.Diagnostics);
        Assert.Equal([1, 2, 3, 1], records.Select(r => r.Index));
        Assert.Equal(store.Written.Select(w => (w.File, w.Offset, w.Length)), records.Select(r => (r.Location.File, r.Location.Offset, r.Length)));
        Assert.All(records, r => Assert.Empty(r.Diagnostics));
        Assert.All(records, r => Assert.Equal(r.Location, r.Message!.Source));
    }

    [Fact]
    public void MailboxInfoListsNameFoldersAndCountBeforeAnyMessageIsRead()
    {
        var postOffice = Db8Samples.Full(932);
        var store = new Db8TestStore(postOffice);

        using var reader = store.Open();

        Assert.Equal(
            postOffice.Mailboxes.Select((m, i) => new Db8MailboxInfo(i + 1, m.Name, m.Folders, m.Messages.Count)).Select(Describe),
            reader.Mailboxes.Select(Describe));
        Assert.Equal("東京", reader.PostOffice.Name);
        Assert.Equal(932, reader.PostOffice.CodePage);
        Assert.Equal("Europe/Berlin", reader.PostOffice.TimeZoneId);
    }

    private static string Describe(Db8MailboxInfo info) => $"{info.Id}|{info.Name}|{string.Join("/", info.Folders)}|{info.MessageCount}";
}
