using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

public sealed class Db8ExporterTests
{
    [Theory]
    [InlineData(437)]
    [InlineData(850)]
    [InlineData(932)]
    public void EveryMailboxExportsToTextThatReadsBackToTheSameMessages(int codePage)
    {
        var postOffice = Db8Samples.Full(codePage);
        using var directory = new TempDirectory();
        var store = Path.Combine(directory.Path, "po");
        Db8Writer.Write(postOffice, store);

        var results = Db8Exporter.ExportAll(store, Path.Combine(directory.Path, "export"));

        Assert.Equal(postOffice.Mailboxes.Select(m => m.Name), results.Select(r => r.Mailbox));
        foreach (var (mailbox, result) in postOffice.Mailboxes.Zip(results))
        {
            var read = ExportFile.ReadAll(result.File!);
            Assert.Equal(mailbox.Name, read.Header.Mailbox);
            Assert.Equal(postOffice.Name, read.Header.PostOffice);
            Assert.Equal(codePage, read.Header.CodePage);
            var refused = result.Unreadable.Select(r => r.Index).ToHashSet();
            Assert.All(result.Unreadable, r => Assert.Equal(Db8DiagnosticCodes.ExportRefused, r.Diagnostics[^1].Code));
            Assert.Equal(mailbox.Messages.Count, result.Exported + refused.Count);
            Assert.Equal(
                string.Join("\n", mailbox.Messages.Where((_, i) => !refused.Contains(i + 1)).Select(Db8Samples.ToJson)),
                string.Join("\n", read.Records.Select(r => Db8Samples.ToJson(r.Message!))));
        }
    }

    [Fact]
    public void AnUnreadableRecordIsReportedAndItsNeighboursStillExport()
    {
        var postOffice = Db8Samples.Grid(1, 3);
        using var directory = new TempDirectory();
        var store = Path.Combine(directory.Path, "po");
        Db8Writer.Write(postOffice, store);
        var messages = Path.Combine(store, Db8Layout.StoreFile);
        var bytes = File.ReadAllBytes(messages);
        File.WriteAllBytes(messages, bytes[..^10]);

        var result = Assert.Single(Db8Exporter.ExportAll(store, Path.Combine(directory.Path, "export")));

        Assert.Equal(2, result.Exported);
        Assert.Equal(3, Assert.Single(result.Unreadable).Index);
        Assert.Equal(2, ExportFile.ReadAll(result.File!).Records.Count(r => r.Message is not null));
    }
}
