using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Tests.Support;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Output;

public class MboxMailboxWriterTests
{
    [Fact]
    public void EachFolderIsOneMboxrdFileInSourceOrderWithStatus()
    {
        using var output = new TempDirectory();
        var read = TestMessages.Simple("first", "From the top\r\n>From quoted\r\nend\r\n");
        read.IsRead = true;
        var nested = TestMessages.Simple("nested", folder: @"Projects\1998");
        var office = TestMessages.Office("America/New_York", TestMessages.Mailbox("Smith, Grover", read, TestMessages.Simple("second"), nested));
        Migrating.Run(office, output.Path, OutputTarget.Mbox);

        var inbox = output.Combine("Smith, Grover", "Inbox.mbox");
        var text = File.ReadAllText(inbox, Encoding.UTF8);
        Assert.StartsWith("From IMCEACCMAIL-Smith+2C+20Grover+20at+20FERGUSON@ferguson.ccmail.invalid Mon Nov 16 15:30:00 1998\n", text, StringComparison.Ordinal);
        Assert.Contains("\n>From the top\n>>From quoted\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);

        var messages = Load(inbox);
        Assert.Equal(["first", "second"], messages.Select(m => m.Subject).ToList());
        Assert.Equal(["RO", "O"], messages.Select(m => m.Headers["Status"]).ToList());
        Assert.Equal(["1", "2"], messages.Select(m => m.Headers["X-MailMig-Source-Index"]).ToList());
        Assert.Equal("nested", Assert.Single(Load(output.Combine("Smith, Grover", "Projects", "1998.mbox"))).Subject);
        Assert.Equal(0, new FileInfo(output.Combine("Smith, Grover", "Trash.mbox")).Length);
        Assert.Empty(Directory.EnumerateFiles(output.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void AMessageWithoutSenderOrFinalLineBreakStillEndsWithABlankLine()
    {
        using var output = new TempDirectory();
        var anonymous = new CcMessage { Subject = "anon", Items = [new TextItem { Text = "no break" }], Date = new DateTime(1999, 1, 5, 8, 0, 0) };
        Migrating.Run(TestMessages.Office("UTC", TestMessages.Mailbox("X", anonymous, anonymous)), output.Path, OutputTarget.Mbox);
        var text = File.ReadAllText(output.Combine("X", "Inbox.mbox"));
        Assert.StartsWith("From MAILER-DAEMON Tue Jan  5 08:00:00 1999\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n\n", text, StringComparison.Ordinal);
        Assert.Equal(2, Load(output.Combine("X", "Inbox.mbox")).Count);
    }

    [Fact]
    public void FurtherTextItemsKeepTheirExactBytesDespiteLfLineEnds()
    {
        using var output = new TempDirectory();
        var message = TestMessages.Simple();
        message.Items.Add(new TextItem { Text = "second\r\ntext\r\n" });
        Migrating.Run(TestMessages.Office("UTC", TestMessages.Mailbox("X", message)), output.Path, OutputTarget.Mbox);
        var part = Load(output.Combine("X", "Inbox.mbox")).Single().BodyParts.OfType<TextPart>().Single(p => p.FileName == "text-2.txt");
        Assert.Equal("second\r\ntext\r\n", Converting.Content(part));
    }

    private static List<MimeMessage> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var parser = new MimeParser(stream, MimeFormat.Mbox);
        var messages = new List<MimeMessage>();
        while (!parser.IsEndOfStream)
        {
            messages.Add(parser.ParseMessage());
        }

        return messages;
    }
}
