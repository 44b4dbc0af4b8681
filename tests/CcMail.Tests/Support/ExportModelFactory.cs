using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Tests.Support;

/// <summary>Builds random but writable cc:Mail messages from a seed (the seed is the instance's, so any failure replays).</summary>
/// <remarks>Everything built obeys the model's round-trip rules: addresses parsed from their raw text, dates with the text they
/// were parsed from, text with CR LF line ends, no line breaks in header values.</remarks>
public sealed class ExportModelFactory
{
    /// <summary>The post office every generated file header names.</summary>
    public const string PostOffice = "FERGUSON";

    private static readonly string[] Tokens = ["Message: 12", "Contents: 1", "Text item: 5", "From: Evil at X", "File item: 3 A 1/1/98 9:00 AM", "6", ""];
    private static readonly CcDateStyle[] Styles =
        [CcDateStyle.Default, CcDateStyle.Short, CcDateStyle.Dashed, new() { TwentyFourHour = true }, new() { Seconds = true, FourDigitYear = true }];

    private readonly Random _random;
    private readonly string _alphabet;

    /// <summary>A factory for <paramref name="codePage"/> text, seeded with <paramref name="seed"/>.</summary>
    public ExportModelFactory(int seed, int codePage = 850)
    {
        Seed = seed;
        CodePage = codePage;
        _random = new Random(seed);
        _alphabet = "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789,.-_'()![]@\\\t" + codePage switch
        {
            932 => "表示ソフト能力予定会議東京ｱｲｳ",
            437 => "éüßÆç¢",
            _ => "éüßøÆçÑ¿",
        };
    }

    /// <summary>The seed this factory was built with.</summary>
    public int Seed { get; }

    /// <summary>The code page text is drawn for.</summary>
    public int CodePage { get; }

    /// <summary>The address options the reader will use for a file with <see cref="Header"/>.</summary>
    public static AddressParserOptions Addresses { get; } = new() { DefaultPostOffice = PostOffice };

    /// <summary>A file header for this factory's code page.</summary>
    public ExportFileHeader Header() => new() { Mailbox = "Smith, Grover", PostOffice = PostOffice, CodePage = CodePage, Exported = "11/20/98 9:14 AM" };

    /// <summary><paramref name="count"/> random messages.</summary>
    public List<CcMessage> Messages(int count) => Enumerable.Range(0, count).Select(_ => Message(0)).ToList();

    /// <summary>A whole export file (header and messages) written by ExportWriter.</summary>
    public byte[] ExportBytes(int count, ExportWriterOptions? options = null, ExportBlockStyle? style = null)
    {
        var stream = new MemoryStream();
        using (var writer = new ExportWriter(stream, options ?? new ExportWriterOptions { CodePage = CodePage }, leaveOpen: true))
        {
            writer.WriteHeader(Header());
            foreach (var message in Messages(count))
            {
                writer.WriteMessage(message, style);
            }
        }

        return stream.ToArray();
    }

    /// <summary>One random message; <paramref name="depth"/> bounds forwarded messages inside it.</summary>
    public CcMessage Message(int depth)
    {
        var message = new CcMessage
        {
            From = Chance(0.9) ? Address() : null,
            Subject = Chance(0.1) ? "" : Words(1, 8),
            Folder = Pick(["Inbox", "Message Log", "Drafts", "Trash", "Projects\\1998", Words(1, 2) + "\\" + Words(1, 2)]),
            Priority = Pick(Enum.GetValues<CcPriority>()),
            IsRead = Chance(0.5),
            ReturnReceiptTo = Chance(0.2) ? Address() : null,
        };
        if (Chance(0.9))
        {
            (message.DateText, message.Date) = Date();
        }

        message.To.AddRange(Enumerable.Range(0, _random.Next(0, 4)).Select(_ => Address()));
        message.Cc.AddRange(Enumerable.Range(0, _random.Next(0, 3)).Select(_ => Address()));
        message.Bcc.AddRange(Enumerable.Range(0, _random.Next(0, 2)).Select(_ => Address()));
        if (Chance(0.3))
        {
            message.ExtraHeaders.Add(new CcHeader(Pick(["X-Mailer", "Attributes", "Priority", "Subject"]), Words(0, 3)));
        }

        var items = _random.Next(0, 5);
        for (var i = 0; i < items; i++)
        {
            message.Items.Add(_random.Next(0, 10) switch
            {
                < 4 => new TextItem { Text = Text() },
                < 7 => File(),
                var k when k < 9 || depth >= 2 => new BinaryItem { Kind = Pick(Enum.GetValues<BinaryItemKind>()), Name = Chance(0.5) ? Words(1, 2) : null, Data = Data() },
                _ => new MessageItem { Message = Message(depth + 1) },
            });
        }

        return message;
    }

    /// <summary>Random bytes that contain tokens, CR LF and LF now and then (KB Q233054).</summary>
    public byte[] Data()
    {
        var data = new List<byte>();
        var parts = _random.Next(0, 6);
        for (var i = 0; i < parts; i++)
        {
            if (Chance(0.4))
            {
                data.AddRange(Encoding.ASCII.GetBytes("\r\n" + Pick(Tokens) + (Chance(0.5) ? "\r\n" : "\n")));
            }
            else
            {
                var chunk = new byte[_random.Next(0, 60)];
                _random.NextBytes(chunk);
                data.AddRange(chunk);
            }
        }

        return [.. data];
    }

    private FileItem File()
    {
        var file = new FileItem { Name = Pick(["REPORT.XLS", "My File.doc", "Att report 98.txt", "a  b", "", "Att.txt 9-11-1998", Words(1, 3)]), Data = Data() };
        if (Chance(0.8))
        {
            (file.DateText, file.Date) = Date();
        }

        return file;
    }

    private string Text()
    {
        var lines = Enumerable.Range(0, _random.Next(0, 6)).Select(_ => Chance(0.2) ? Pick(Tokens) : Words(0, 10));
        return string.Join("\r\n", lines) + (Chance(0.5) ? "\r\n" : "");
    }

    private CcAddress Address()
    {
        var raw = Pick(["Smith, Grover at FERGUSON", "jdoe at ATTMAIL", "Parkes, Pat [SMTP:pat@example.com] at SMTPLINK", "attmail!jdoe",
            "X400:/c=US/a=ATTMAIL/p=ACME/s=Doe/g=John", "\"Doe, Jane\" at \"FER, GUSON\"", Words(1, 3).Trim() + " at " + PostOffice]);
        return AddressParser.Parse(raw.Trim().Length == 0 ? "x" : raw, Addresses);
    }

    private (string Text, DateTime Date) Date()
    {
        var style = Pick(Styles);
        var value = new DateTime(1950, 1, 1).AddMinutes(_random.Next(0, 100 * 365 * 24 * 60)).AddSeconds(style.Seconds ? _random.Next(0, 60) : 0);
        var text = CcDateParser.Format(value, style);
        return (text, value);
    }

    private string Words(int min, int max)
    {
        var length = _random.Next(min * 3, max * 6 + 1);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = _alphabet[_random.Next(_alphabet.Length)];
        }

        return new string(chars);
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    private T Pick<T>(IReadOnlyList<T> choices) => choices[_random.Next(choices.Count)];
}
