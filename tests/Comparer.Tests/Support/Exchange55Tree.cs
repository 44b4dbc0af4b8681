using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Writes <c>--target exchange55</c> output (docs/formats/exchange55.md) for tests: per mailbox a .PKL, .PRI and .SEC file, rows in index order.</summary>
internal static class Exchange55Tree
{
    private const string SecHeader = "Type,Length,Encoding,Islast,Name,Position,Format\r\n";
    private const string Columns = "Folder,Sender,To,Cc,Bcc,Subject,Send-Date,Received-Date,Priority,Unread,Unsent,Body\r\n";
    private static readonly Encoding Cp850 = CodePagesEncodingProvider.Instance.GetEncoding(850)!;

    public static void Write(string root, IEnumerable<OutputMessageBuilder> messages)
    {
        foreach (var mailbox in messages.GroupBy(m => m.Mailbox))
        {
            var folder = Path.Combine(root, PathSegmentEncoder.Encode(mailbox.Key));
            Directory.CreateDirectory(folder);
            var sec = new List<byte>(Encoding.ASCII.GetBytes(SecHeader));
            var pri = new StringBuilder("MAILMESSAGE," + Quote(mailbox.Key + " at FERGUSON") + "\r\n" + Columns);
            foreach (var message in mailbox.OrderBy(m => m.Index))
            {
                pri.Append(Row(message, sec.Count)).Append("\r\n");
                AddRecords(sec, message);
            }

            File.WriteAllText(Path.Combine(folder, "MIGRATE.PKL"), "850\r\n\r\nMIGRATE.PRI\r\nMIGRATE.SEC\r\n", Encoding.ASCII);
            File.WriteAllBytes(Path.Combine(folder, "MIGRATE.PRI"), Cp850.GetBytes(pri.ToString()));
            File.WriteAllBytes(Path.Combine(folder, "MIGRATE.SEC"), [.. sec]);
        }
    }

    private static string Row(OutputMessageBuilder m, int offset)
    {
        var date = m.Date?.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) ?? "";
        var priority = m.Priority switch { "low" => "-1", "high" => "1", _ => "0" };
        var values = new[]
        {
            Quote(m.Folder), Address(m.From), string.Join(';', m.To.Select(Address)), string.Join(';', m.Cc.Select(Address)),
            string.Join(';', m.Bcc.Select(Address)), Quote(m.Subject), date, date, priority, m.Read ? "FALSE" : "TRUE", "FALSE",
        };
        return string.Join(',', values) + ",#MIGRATE.SEC(" + offset.ToString(CultureInfo.InvariantCulture) + ")";
    }

    private static void AddRecords(List<byte> sec, OutputMessageBuilder m)
    {
        var records = new List<(string Type, string Name, byte[] Data)> { ("Body", "", Cp850.GetBytes(m.Body.Replace("\n", "\r\n", StringComparison.Ordinal))) };
        var n = 2;
        foreach (var text in m.ExtraTexts)
        {
            records.Add(("Attachment", "text-" + (n++).ToString(CultureInfo.InvariantCulture) + ".txt", Cp850.GetBytes(text)));
        }

        foreach (var attachment in m.Attachments)
        {
            records.Add(("Attachment", attachment.Name, attachment.Bytes));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var (type, name, data) = records[i];
            var last = i == records.Count - 1 ? "TRUE" : "FALSE";
            var position = type == "Body" ? "" : (i - 1).ToString(CultureInfo.InvariantCulture);
            var header = string.Create(CultureInfo.InvariantCulture, $"{type},{data.Length},,{last},{(name.Length == 0 ? "" : Quote(name))},{position},{(type == "Body" ? "" : "None")}\r\n");
            sec.AddRange(Encoding.ASCII.GetBytes(header));
            sec.AddRange(data);
            sec.AddRange("\r\n"u8.ToArray());
        }
    }

    private static string Address(TestAddress a) => Quote((a.DisplayName is null ? "" : a.DisplayName + " ") + "[" + a.Type + ":" + a.Address + "]");

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
