using System.Text;
using System.Text.Json;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

/// <summary>Post offices for the DB8 tests: every header field, item kind and directory type code, in a given code page.</summary>
internal static class Db8Samples
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The model as JSON; CcMessage.Source is [JsonIgnore], so where a message was read from does not count.</summary>
    public static string ToJson(PostOffice postOffice) => JsonSerializer.Serialize(postOffice, Json);

    /// <summary>The model as JSON, for comparing one message.</summary>
    public static string ToJson(CcMessage message) => JsonSerializer.Serialize(message, Json);

    /// <summary>Text every character of which <paramref name="codePage"/> can encode (for 932 with 0x5C trail bytes, KB Q198861).</summary>
    public static string TextFor(int codePage) => codePage switch
    {
        932 => "表示ソフト 日本語 ｶﾀｶﾅ",
        437 => "Grüße ½ ░▒▓ £¥ ÇÉ",
        _ => "Grüße aus Köln, Señor ½ ± Ø",
    };

    /// <summary>Bytes that look like an export token, the record tag and a whole intact message record header.</summary>
    public static byte[] TrickyBytes()
    {
        var body = Encoding.ASCII.GetBytes("\0\u0001");
        var header = new byte[Db8Layout.RecordHeaderSize];
        Db8RecordHeader.Write(header, Db8Tags.Message, 1, 1, body);
        return [.. Encoding.ASCII.GetBytes("Message: 6\r\nCMSG"), 0x00, 0xFF, .. header, .. body, .. Encoding.ASCII.GetBytes("\r\nMessage:")];
    }

    /// <summary>A post office with three mailboxes (one empty, without folders), nested forwarded messages and every directory type code.</summary>
    public static PostOffice Full(int codePage)
    {
        var text = TextFor(codePage);
        var name = codePage == 932 ? "東京" : "FERGUSON";
        var postOffice = new PostOffice { Name = name, CodePage = codePage, TimeZoneId = "Europe/Berlin" };
        foreach (var code in DirectoryEntryTypes.All)
        {
            postOffice.Directory.Add(new DirectoryEntry
            {
                Name = $"{text} {code}",
                TypeCode = code,
                Address = code is 'P' or 'p' ? $"ROUTE-{code}" : name,
                Comment = code == 'L' ? null : $"comment {code} {text}",
            });
        }

        postOffice.Directory.Add(new DirectoryEntry { Name = "ATTMAIL", TypeCode = DirectoryEntryTypes.DirectPostOffice, Address = "AT&T gateway", Comment = "" });

        var parse = Parser(name);
        postOffice.Mailboxes.Add(new Mailbox
        {
            Name = "Smith, Grover",
            Folders = [.. SystemFolders.All, $"Projekte\\{text}", "Empty"],
            Messages = [FullMessage(parse, text, codePage == 932 ? "山田, 太郎 at 東京" : "Müller, Jürgen at FERGUSON"), new CcMessage(), BinaryOnly(parse)],
        });
        postOffice.Mailboxes.Add(new Mailbox { Name = $"{text}, Hanako" });
        postOffice.Mailboxes.Add(new Mailbox
        {
            Name = "Jones, Pat",
            Folders = [.. SystemFolders.All],
            Messages = [Simple(parse, "only message", 1)],
        });
        return postOffice;
    }

    /// <summary>A post office of <paramref name="mailboxes"/> mailboxes of <paramref name="messagesEach"/> small messages each.</summary>
    public static PostOffice Grid(int mailboxes, int messagesEach, int codePage = 850)
    {
        var postOffice = new PostOffice { Name = "GRID", CodePage = codePage, TimeZoneId = "UTC" };
        var parse = Parser(postOffice.Name);
        for (var m = 1; m <= mailboxes; m++)
        {
            var mailbox = new Mailbox { Name = $"User{m}, Test", Folders = [.. SystemFolders.All] };
            for (var k = 1; k <= messagesEach; k++)
            {
                mailbox.Messages.Add(Simple(parse, $"mailbox {m} message {k} {TextFor(codePage)}", k));
            }

            postOffice.Mailboxes.Add(mailbox);
        }
        return postOffice;
    }

    /// <summary>An address parser bound to <paramref name="postOffice"/>, as the reader binds it.</summary>
    public static Func<string, CcAddress> Parser(string postOffice)
    {
        var options = new AddressParserOptions { DefaultPostOffice = postOffice };
        return raw => AddressParser.Parse(raw, options);
    }

    /// <summary>A small message with a sender, a recipient, a date and a text body.</summary>
    public static CcMessage Simple(Func<string, CcAddress> parse, string subject, int n) => new()
    {
        From = parse("Jones, Pat at GRID"),
        To = [parse($"User{n}, Test")],
        DateText = $"01/{n % 28 + 1:00}/99 10:00 AM",
        Date = new DateTime(1999, 1, n % 28 + 1, 10, 0, 0),
        Subject = subject,
        Items = [new TextItem { Text = $"Body of {subject}\r\nline 2\r\n" }],
    };

    private static CcMessage FullMessage(Func<string, CcAddress> parse, string text, string sender) => new()
    {
        From = parse(sender),
        To = [parse("jdoe at ATTMAIL"), parse($"{text} at FERGUSON")],
        Cc = [parse("[SMTP:attmail!jdoe]"), parse("c=US;a=ATTMAIL;p=TEST;s=Good;g=Guy")],
        Bcc = [parse("Smith, Grover")],
        ReturnReceiptTo = parse(sender),
        DateText = "11/14/98 9:12 AM",
        Date = new DateTime(1998, 11, 14, 9, 12, 0),
        Subject = $"Re: {text}",
        Folder = $"Projekte\\{text}",
        Priority = CcPriority.Urgent,
        IsRead = true,
        ExtraHeaders = [new CcHeader("X-Mailer", "cc:Mail 8.0"), new CcHeader("Comment", text)],
        Items =
        [
            new TextItem { Text = $"Line 1\r\n{text}\r\n" },
            new FileItem { Name = "Att 1.txt", DateText = "9-11-1998", Date = new DateTime(1998, 9, 11, 0, 0, 0, DateTimeKind.Utc), Data = TrickyBytes() },
            new FileItem { Name = $"{text}.doc", Data = [] },
            new MessageItem
            {
                Message = new CcMessage
                {
                    From = parse("jdoe at ATTMAIL"),
                    DateText = "1/1/00 12:00 AM",
                    Date = new DateTime(2000, 1, 1),
                    Subject = "forwarded",
                    Folder = SystemFolders.Trash,
                    Priority = CcPriority.Low,
                    Items =
                    [
                        new TextItem { Text = "forwarded body" },
                        new MessageItem { Message = new CcMessage { Subject = "innermost", Items = [new BinaryItem { Kind = BinaryItemKind.Sound, Data = TrickyBytes() }] } },
                    ],
                },
            },
            new TextItem { Text = "" },
        ],
    };

    private static CcMessage BinaryOnly(Func<string, CcAddress> parse) => new()
    {
        From = parse("Fax Gateway at FAXGW"),
        Subject = "fax",
        Folder = SystemFolders.MessageLog,
        Items =
        [
            new BinaryItem { Kind = BinaryItemKind.Fax, Name = "page1.fax", Data = [0, 1, 2, 0xFF, 0x5C] },
            new BinaryItem { Kind = BinaryItemKind.Graphics, Data = TrickyBytes() },
            new BinaryItem { Kind = BinaryItemKind.Sound, Name = "", Data = [] },
        ],
    };
}
