using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MailMig.Fidelity.Comparer.Benchmarks;

/*
 * Writes a migrated output folder per docs/formats/output.md and its manifest.jsonl quickly, from
 * text templates rather than MimeKit, so synthesising 100,000 messages takes seconds. Every tenth
 * message is multipart with an attachment, every seventh has an IMCEA X.400 recipient, so the
 * timed runs exercise attachment hashing and IMCEA decoding as well as the common path.
 */

/// <summary>Synthesises a migrated output folder of .eml files and the manifest that describes it.</summary>
internal static class SyntheticOutput
{
    private const int MessagesPerMailbox = 1000;

    public static void Write(string outputRoot, string manifestPath, int messages)
    {
        using var manifest = new StreamWriter(manifestPath, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        manifest.WriteLine("{\"record\":\"header\",\"format\":\"mailmig-fidelity/manifest@1\",\"generator\":\"bench\",\"seed\":1,\"messages\":" + messages.ToString(CultureInfo.InvariantCulture) + "}");
        for (var n = 0; n < messages; n++)
        {
            var mailbox = "User" + (n / MessagesPerMailbox).ToString("D4", CultureInfo.InvariantCulture) + ", Test";
            var index = (n % MessagesPerMailbox) + 1;
            var folder = Path.Combine(outputRoot, mailbox, "Inbox");
            if (index == 1)
            {
                Directory.CreateDirectory(folder);
            }

            var (eml, line) = Message(mailbox, index, n);
            File.WriteAllText(Path.Combine(folder, index.ToString("D6", CultureInfo.InvariantCulture) + ".eml"), eml);
            manifest.WriteLine(line);
        }
    }

    private static (string Eml, string ManifestLine) Message(string mailbox, int index, int n)
    {
        var date = new DateTimeOffset(1998, 11, 16, 10, 30, 0, TimeSpan.FromHours(-5)).AddMinutes(n);
        var subject = "Status report " + n.ToString(CultureInfo.InvariantCulture);
        var body = "Hello,\r\n\r\nthis is message " + n.ToString(CultureInfo.InvariantCulture) + " of the benchmark.\r\nRegards";
        var x400 = n % 7 == 0;
        var to = x400
            ? "\"Paris User\" <IMCEAX400-c=US+3Ba=+20+3Bp=MS+3Bo=PARIS+3Bs=user+3B@ferguson.example>"
            : "\"Doe, Jane\" <IMCEACCMAIL-Doe+2C+20Jane+20at+20FERGUSON@ferguson.example>";
        var toJson = x400
            ? "{\"displayName\":\"Paris User\",\"type\":\"X400\",\"address\":\"c=US;a= ;p=MS;o=PARIS;s=user;\"}"
            : "{\"displayName\":\"Doe, Jane\",\"type\":\"CCMAIL\",\"address\":\"Doe, Jane at FERGUSON\"}";
        var headers = new StringBuilder()
            .Append("Message-ID: <").Append(Guid.NewGuid().ToString("N")).Append("@bench.example>\r\n")
            .Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture).Remove(29, 1)).Append("\r\n")
            .Append("From: \"").Append(mailbox).Append("\" <IMCEACCMAIL-").Append(mailbox.Replace(", ", "+2C+20", StringComparison.Ordinal)).Append("+20at+20FERGUSON@ferguson.example>\r\n")
            .Append("To: ").Append(to).Append("\r\n")
            .Append("Subject: ").Append(subject).Append("\r\n")
            .Append("Importance: normal\r\nX-Priority: 3\r\n")
            .Append("X-MailMig-Mailbox: ").Append(mailbox).Append("\r\n")
            .Append("X-MailMig-Source-Index: ").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("X-MailMig-Folder: Inbox\r\nX-MailMig-Read: ").Append(n % 2 == 0 ? "yes" : "no").Append("\r\n")
            .Append("X-MailMig-Source: export/").Append(mailbox).Append(".txt@").Append((index * 977).ToString(CultureInfo.InvariantCulture)).Append("\r\n")
            .Append("MIME-Version: 1.0\r\n");
        var attachments = "[]";
        if (n % 10 == 0)
        {
            var bytes = new byte[2048];
            new Random(n).NextBytes(bytes);
            var boundary = "=-" + Guid.NewGuid().ToString("N");
            headers.Append("Content-Type: multipart/mixed; boundary=\"").Append(boundary).Append("\"\r\n\r\n")
                .Append("--").Append(boundary).Append("\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").Append(body).Append("\r\n")
                .Append("--").Append(boundary).Append("\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n")
                .Append("Content-Disposition: attachment; filename=DATA.BIN; modification-date=\"Sat, 14 Nov 1998 09:12:00 -0500\"\r\n\r\n")
                .Append(Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks)).Append("\r\n")
                .Append("--").Append(boundary).Append("--\r\n");
            attachments = "[{\"name\":\"DATA.BIN\",\"size\":2048,\"sha256\":\"" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\",\"date\":\"1998-11-14T09:12:00\"}]";
        }
        else
        {
            headers.Append("Content-Type: text/plain; charset=utf-8\r\n\r\n").Append(body).Append("\r\n");
        }

        var line = "{\"record\":\"message\",\"mailbox\":\"" + mailbox + "\",\"index\":" + index.ToString(CultureInfo.InvariantCulture) + ",\"folder\":\"Inbox\","
            + "\"from\":{\"displayName\":\"" + mailbox + "\",\"type\":\"CCMAIL\",\"address\":\"" + mailbox + " at FERGUSON\"},"
            + "\"to\":[" + toJson + "],\"cc\":[],\"bcc\":[],\"receiptTo\":null,\"subject\":\"" + subject + "\","
            + "\"date\":\"" + date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) + "\",\"dateLocal\":\"" + date.DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "\","
            + "\"priority\":\"normal\",\"read\":" + (n % 2 == 0 ? "true" : "false") + ",\"body\":\"" + body.Replace("\r\n", "\\n", StringComparison.Ordinal) + "\","
            + "\"attachments\":" + attachments + ",\"forwarded\":[],\"faults\":[],\"outcome\":\"migrated\",\"repairs\":[],\"skipReason\":null}";
        return (headers.ToString(), line);
    }
}
