using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Migrator.Tests.Support;

/// <summary>In-memory cc:Mail messages and post offices for tests.</summary>
public static class TestMessages
{
    public const string PostOffice = "FERGUSON";

    public static CcMessage Simple(string subject = "Quarterly numbers", string body = "Hello\r\nWorld\r\n", string folder = SystemFolders.Inbox) => new()
    {
        From = TestAddresses.Native("Smith, Grover", PostOffice),
        To = [TestAddresses.Native("Doe, Jane", PostOffice)],
        DateText = "11/16/98 10:30 AM",
        Date = new DateTime(1998, 11, 16, 10, 30, 0),
        Subject = subject,
        Folder = folder,
        Items = [new TextItem { Text = body }],
    };

    public static PostOffice Office(string timeZone = "America/New_York", params Mailbox[] mailboxes) => new()
    {
        Name = PostOffice,
        TimeZoneId = timeZone,
        Mailboxes = [.. mailboxes],
    };

    public static Mailbox Mailbox(string name, params CcMessage[] messages) => new()
    {
        Name = name,
        Folders = [.. SystemFolders.All],
        Messages = [.. messages],
    };
}
