using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Output;

public class Exchange55OutputFormatTests
{
    private const string Mailbox = "Smith, Grover";
    private const string SecHeader = "Type,Length,Encoding,Islast,Name,Position,Format\r\n";
    private static readonly Encoding Cp850 = CodePagesEncodingProvider.Instance.GetEncoding(850)!;

    [Fact]
    public void ReadsARowWithItsSecondaryBodyTextItemAndAttachment()
    {
        using var folder = new TempFolder();
        var body = "Caf\u00e9 at noon\r\nBring slides\r\n";
        var text = "second item\r\n";
        var attachment = new byte[] { 0, 1, 2, 255 };
        var sec = Sec(("Body,{0},,FALSE,,,", Cp850.GetBytes(body)), ("Attachment,{0},,FALSE,text-2.txt,0,None", Cp850.GetBytes(text)), ("Attachment,{0},,TRUE,\"REPORT.XLS\",1,None", attachment));
        Write(folder, sec, Row("\"Inbox\\Work\"", "\"Doe, Jane [CCMAIL:Doe, Jane at FERGUSON]\"",
            "\"Smith, Grover [CCMAIL:Smith, Grover at FERGUSON]\";[SMTP:a.b@example.com]", "\"Caf\u00e9 \"\"plans\"\"\"", "1", "FALSE", 50));

        var message = Assert.Single(Read(folder));

        Assert.Empty(message.Problems);
        Assert.Equal(("Inbox\\Work", Mailbox), (message.Folder, message.Location!.Mailbox));
        Assert.Equal(new ProjectedAddress("Doe, Jane", "CCMAIL", "Doe, Jane at FERGUSON", "Doe, Jane [CCMAIL:Doe, Jane at FERGUSON]"), Assert.Single(message.From));
        Assert.Equal(["Smith, Grover at FERGUSON", "a.b@example.com"], message.To.Select(a => a.Address));
        Assert.Equal((null, "SMTP"), (message.To[1].DisplayName, message.To[1].Type));
        Assert.Equal("Caf\u00e9 \"plans\"", message.Subject);
        Assert.Equal(new DateTimeOffset(1998, 11, 16, 15, 30, 0, TimeSpan.Zero), message.Date);
        Assert.Equal((true, MessagePriority.High), (message.Read, message.Priority));
        Assert.Equal("Caf\u00e9 at noon\nBring slides\n", message.Body);
        Assert.Equal(new ProjectedTextPart(2, "second item\n", "second item\r\n"), Assert.Single(message.TextParts));
        var projected = Assert.Single(message.Attachments);
        Assert.Equal(("REPORT.XLS", 4L, Convert.ToHexStringLower(SHA256.HashData(attachment))), (projected.Name, projected.Size, projected.Sha256));
    }

    [Fact]
    public void JoinsContinuedLinesAndSkipsComments()
    {
        using var folder = new TempFolder();
        var sec = Sec(("Body,{0},,TRUE,,,", "hi"u8.ToArray()));
        var pri = "! exported by hand\r\nMAILMESSAGE,\"Smith, Grover at FERGUSON\"\r\n" + Columns
            + "Inbox,[SMTP:x@example.com],\\\r\n[SMTP:y@example.com],,,Hello,19981116153000,19981116153000,-1,TRUE,FALSE,#MIGRATE.SEC(50) ! trailing\r\n";
        Write(folder, sec, pri);

        var message = Assert.Single(Read(folder));

        Assert.Empty(message.Problems);
        Assert.Equal("y@example.com", Assert.Single(message.To).Address);
        Assert.Equal((false, MessagePriority.Low, "hi"), (message.Read, message.Priority, message.Body));
    }

    [Theory]
    [InlineData("Inbox,[SMTP:x@example.com],,,,Hi,1998-11-16,19981116153000,0,FALSE,FALSE,#MIGRATE.SEC(50)", "unreadable Send-Date")]
    [InlineData("Inbox,[SMTP:x@example.com],,,,Hi,19981116153000,19981116153000,0,FALSE,FALSE,#MIGRATE.SEC(9999)", "outside the file")]
    [InlineData("Inbox,[SMTP:x@example.com],,,,Hi,19981116153000,19981116153000,0,FALSE,FALSE,#OTHER.SEC(50)", "does not list")]
    [InlineData("Inbox,[SMTP:x@example.com],,,,\"Hi,19981116153000,19981116153000,0,FALSE,FALSE,#MIGRATE.SEC(50)", "unterminated")]
    [InlineData("Inbox,[SMTP:x@example.com],,,,Hi,19981116153000,19981116153000,0,FALSE,FALSE,#MIGRATE.SEC(55)", "unreadable header")]
    [InlineData("Inbox,[SMTP:x@example.com],,,,Hi,19981116153000,19981116153000,0,FALSE,FALSE,#MIGRATE.SEC(52)", "not Body")]
    public void AMalformedRowIsAMalformedMessageNotAnException(string row, string problem)
    {
        using var folder = new TempFolder();
        Write(folder, Sec(("Body,{0},,TRUE,,,", "hi"u8.ToArray())), "MAILMESSAGE,x\r\n" + Columns + row + "\r\n");

        var message = Assert.Single(Read(folder));

        Assert.True(message.IsMalformed);
        Assert.Contains(message.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void TheOutputFolderReadsTheSetThroughItsPackingListAlone()
    {
        using var folder = new TempFolder();
        Write(folder, Sec(("Body,{0},,TRUE,,,", "hi"u8.ToArray())), Row("Inbox", "[SMTP:x@example.com]", "", "Hi", "0", "TRUE", 50));

        var output = new OutputFolder(folder.Path);

        Assert.Equal([Mailbox + "/MIGRATE.PKL"], output.ListMessageFiles());
        Assert.Equal(Mailbox + "/MIGRATE/row-000001", Assert.Single(output.ReadAll()).Location!.SnapshotName);
    }

    [Fact]
    public void A_PAB_section_before_the_messages_is_not_read_as_messages_and_does_not_shift_their_rows()
    {
        using var folder = new TempFolder();
        var pab = "PAB,\"Smith, Grover at FERGUSON\"\r\nObj-class,Display-Name,E-mail-Address,Members,Comment\r\nPerson,Pat,\"[SMTP:pat@example.com]\",,\r\n";
        Write(folder, Sec(("Body,{0},,TRUE,,,", "hi"u8.ToArray())), pab + Row("Inbox", "[SMTP:x@example.com]", "", "Hi", "0", "TRUE", 50));

        var message = Assert.Single(Read(folder));

        Assert.Empty(message.Problems);
        Assert.Equal(("Hi", Mailbox + "/MIGRATE/row-000001"), (message.Subject, message.Location!.SnapshotName));
    }

    [Fact]
    public void AnEmptyPrimaryFileHasNoMessages()
    {
        using var folder = new TempFolder();
        Write(folder, Sec(), "");

        Assert.Empty(Read(folder));
    }

    private const string Columns = "Folder,Sender,To,Cc,Bcc,Subject,Send-Date,Received-Date,Priority,Unread,Unsent,Body\r\n";

    private static string Row(string folderName, string sender, string to, string subject, string priority, string unread, int offset) =>
        "MAILMESSAGE,\"Smith, Grover at FERGUSON\"\r\n" + Columns
        + $"{folderName},{sender},{to},,,{subject},19981116153000,19981116153000,{priority},{unread},FALSE,#MIGRATE.SEC({offset})\r\n";

    /// <summary>Builds a .SEC file: the header line, then each record's header (with <c>{0}</c> for its length), data and CR LF.</summary>
    private static byte[] Sec(params (string Header, byte[] Data)[] records)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes(SecHeader));
        foreach (var (header, data) in records)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, header, data.Length) + "\r\n"));
            bytes.AddRange(data);
            bytes.AddRange("\r\n"u8.ToArray());
        }

        return [.. bytes];
    }

    private static void Write(TempFolder folder, byte[] sec, string pri)
    {
        var mailbox = folder.Combine(Mailbox);
        Directory.CreateDirectory(mailbox);
        File.WriteAllText(Path.Combine(mailbox, "MIGRATE.PKL"), "850\r\n\r\nMIGRATE.PRI\r\nMIGRATE.SEC\r\n", Encoding.ASCII);
        File.WriteAllBytes(Path.Combine(mailbox, "MIGRATE.PRI"), Cp850.GetBytes(pri));
        File.WriteAllBytes(Path.Combine(mailbox, "MIGRATE.SEC"), sec);
    }

    private static List<MigratedMessage> Read(TempFolder folder) =>
        new Exchange55OutputFormat().Read(folder.Path, Mailbox + "/MIGRATE.PKL").ToList();
}
