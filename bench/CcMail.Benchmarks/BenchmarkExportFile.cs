using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Benchmarks;

/// <summary>Writes a realistic export file of a given size: mostly text messages, some attachments, a few forwards.</summary>
public sealed class BenchmarkExportFile
{
    private static readonly string[] Words = ["quarterly", "numbers", "meeting", "Ferguson", "budget", "report", "Grüße", "Ærø", "the", "and", "of", "please", "review"];
    private readonly Random _random;

    /// <summary>A generator seeded with <paramref name="seed"/>.</summary>
    public BenchmarkExportFile(int seed) => _random = new Random(seed);

    /// <summary>Writes at least <paramref name="bytes"/> bytes of export text to <paramref name="path"/>; returns the messages written.</summary>
    public int Write(string path, long bytes)
    {
        using var writer = new ExportWriter(File.Create(path), new ExportWriterOptions { CodePage = 850 });
        writer.WriteHeader(new ExportFileHeader { Mailbox = "Smith, Grover", PostOffice = "FERGUSON", Exported = "11/20/98 9:14 AM" });
        var count = 0;
        while (writer.Position < bytes)
        {
            writer.WriteMessage(Message(forward: _random.Next(20) == 0));
            count++;
        }

        return count;
    }

    private CcMessage Message(bool forward)
    {
        var message = new CcMessage
        {
            From = AddressParser.Parse("Smith, Grover at FERGUSON"),
            To = [AddressParser.Parse("Doe, Jane at FERGUSON"), AddressParser.Parse("jdoe at ATTMAIL")],
            Cc = _random.Next(3) == 0 ? [AddressParser.Parse("Parkes, Pat [SMTP:pat@example.com] at SMTPLINK")] : [],
            DateText = "11/16/98 10:30 AM",
            Date = new DateTime(1998, 11, 16, 10, 30, 0),
            Subject = Sentence(8),
            Folder = _random.Next(4) == 0 ? "Projects\\1998" : SystemFolders.Inbox,
            IsRead = _random.Next(2) == 0,
            Items = [new TextItem { Text = Body(_random.Next(300, 8000)) }],
        };
        if (_random.Next(10) == 0)
        {
            var data = new byte[_random.Next(5_000, 150_000)];
            _random.NextBytes(data);
            message.Items.Add(new FileItem { Name = "REPORT " + _random.Next(100) + ".XLS", DateText = "11/14/98 9:12 AM", Date = new DateTime(1998, 11, 14, 9, 12, 0), Data = data });
        }

        if (forward)
        {
            message.Items.Add(new MessageItem { Message = Message(forward: false) });
        }

        return message;
    }

    private string Body(int length)
    {
        var text = new StringBuilder(length + 80);
        while (text.Length < length)
        {
            text.Append(Sentence(12)).Append("\r\n");
        }

        return text.ToString();
    }

    private string Sentence(int words) => string.Join(' ', Enumerable.Range(0, _random.Next(1, words)).Select(_ => Words[_random.Next(Words.Length)]));
}
