using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Output;

public class Exchange55MailboxWriterTests
{
    [Theory]
    [InlineData("Pat Parkes", "Pat Parkes")]
    [InlineData("Smith, Grover", "\"Smith, Grover\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("v1.0", "\"v1.0\"")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("100%", "\"100%\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("", "")]
    public void FieldsAreQuotedPerTheWizardsRules(string value, string written)
    {
        Assert.Equal(written, Exchange55Csv.Field(value));
        Assert.Equal([value], Exchange55Csv.ParseLine(written));
    }

    [Fact]
    public void EachMailboxGetsAPackingListPrimaryAndSecondaryFile()
    {
        using var output = new TempDirectory();
        var message = TestMessages.Simple("Größe, \"quoted\"", "Body text\r\n");
        message.Cc = [TestAddresses.Smtp("pat@example.com", "Parkes, Pat"), TestAddresses.Native("Doe, Jane", "FERGUSON")];
        message.Priority = CcPriority.Urgent;
        message.Items.Add(new FileItem { Name = "REPORT.XLS", Data = [1, 2, 13, 10, 3] });
        message.Items.Add(new MessageItem { Message = TestMessages.Simple("inner") });
        var draft = TestMessages.Simple("draft", "x\r\n", SystemFolders.Drafts);
        draft.IsRead = true;
        var office = TestMessages.Office("America/New_York", TestMessages.Mailbox("Smith, Grover", message, draft), TestMessages.Mailbox("Empty, Nobody"));
        Migrating.Run(office, output.Path, OutputTarget.Exchange55);

        var directory = output.Combine("Smith, Grover");
        Assert.Equal("850\r\n\r\nMIGRATE.PRI\r\nMIGRATE.SEC\r\n", File.ReadAllText(Path.Combine(directory, "MIGRATE.PKL")));
        var cp850 = CodePages.Get(850);
        var primary = cp850.GetString(File.ReadAllBytes(Path.Combine(directory, "MIGRATE.PRI"))).Split("\r\n");
        Assert.Equal("MAILMESSAGE,\"Smith, Grover at FERGUSON\"", primary[0]);
        Assert.Equal(Exchange55MailboxWriter.MessageHeader, primary[1]);
        var row = Exchange55Csv.ParseLine(primary[2]);
        Assert.Equal(12, row.Count);
        Assert.Equal("Inbox", row[0]);
        Assert.Equal("Smith, Grover [CCMAIL:Smith, Grover at FERGUSON]", row[1]);
        Assert.Equal("Parkes, Pat [SMTP:pat@example.com];Doe, Jane [CCMAIL:Doe, Jane at FERGUSON]", row[3]);
        Assert.Equal("Größe, \"quoted\"", row[5]);
        Assert.Equal(("19981116153000", "19981116153000", "1", "TRUE", "FALSE"), (row[6], row[7], row[8], row[9], row[10]));
        Assert.Equal("#MIGRATE.SEC(50)", row[11]);
        var draftRow = Exchange55Csv.ParseLine(primary[3]);
        Assert.Equal(("Drafts", "0", "FALSE", "TRUE"), (draftRow[0], draftRow[8], draftRow[9], draftRow[10]));
        Assert.Equal("", primary[4]);

        var secondary = File.ReadAllBytes(Path.Combine(directory, "MIGRATE.SEC"));
        var records = ReadRecords(secondary, 50);
        Assert.Equal(["Body", "Attachment", "Attachment"], records.Select(r => r.Fields[0]).ToList());
        Assert.Equal("Body text\r\n", cp850.GetString(records[0].Data));
        Assert.Equal(("REPORT.XLS", "0", "None", "FALSE"), (records[1].Fields[4], records[1].Fields[5], records[1].Fields[6], records[1].Fields[3]));
        Assert.Equal(new byte[] { 1, 2, 13, 10, 3 }, records[1].Data);
        Assert.Equal(("forwarded-1.eml", "TRUE"), (records[2].Fields[4], records[2].Fields[3]));
        Assert.Contains("Subject: inner", Encoding.ASCII.GetString(records[2].Data), StringComparison.Ordinal);
        var draftOffset = int.Parse(draftRow[11][13..^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("x\r\n", cp850.GetString(ReadRecords(secondary, draftOffset).Single().Data));

        var empty = output.Combine("Empty, Nobody");
        Assert.Equal(0, new FileInfo(Path.Combine(empty, "MIGRATE.PRI")).Length);
    }

    private static List<(IReadOnlyList<string> Fields, byte[] Data)> ReadRecords(byte[] secondary, int offset)
    {
        var records = new List<(IReadOnlyList<string>, byte[])>();
        while (true)
        {
            var end = Array.IndexOf(secondary, (byte)'\n', offset);
            var fields = Exchange55Csv.ParseLine(Encoding.Latin1.GetString(secondary, offset, end - 1 - offset));
            var length = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
            records.Add((fields, secondary[(end + 1)..(end + 1 + length)]));
            Assert.Equal("\r\n"u8.ToArray(), secondary[(end + 1 + length)..(end + 3 + length)]);
            offset = end + 3 + length;
            if (fields[3] == "TRUE")
            {
                return records;
            }
        }
    }
}
