using System.Text;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Shrinking;

/// <summary>Exports of a few dozen messages for shrinking: CR LF, cp850, attachments with binary bytes, one planted fault per use.</summary>
public static class ShrinkExports
{
    /// <summary><paramref name="count"/> messages; message <paramref name="culprit"/> gets <paramref name="culpritHeaders"/> added and <paramref name="subjectExtra"/> in its subject; every <paramref name="ccEvery"/>-th message has a Cc.</summary>
    public static byte[] Build(int culprit, IReadOnlyList<string> culpritHeaders, int ccEvery = 0, string subjectExtra = "", int count = 36)
    {
        var export = new ExportText(850).FileHeader("Mailbox: Smith, Grover").FileHeader("Postoffice: FERGUSON").FileHeader("Codepage: 850");
        for (var i = 1; i <= count; i++)
        {
            var headers = new List<string>
            {
                $"From: Sender{i % 5}, Pat at FERGUSON",
                $"Date: 11/{(i % 28) + 1}/98 10:{i % 60:00} AM",
                "To: Smith, Grover at FERGUSON",
                $"To: Doe{i % 3}, Jane at LONDON",
            };
            if (ccEvery > 0 && i % ccEvery == 0)
            {
                headers.Add($"Cc: Parkes, Pat [SMTP:pat{i}@example.com] at SMTPLINK");
            }

            headers.Add($"Subject: Quarterly numbers {i}{(i == culprit ? subjectExtra : "")}");
            headers.Add(i % 4 == 0 ? "Folder: Projects" : "Folder: Inbox");
            headers.Add("Priority: Normal");
            if (i == culprit)
            {
                headers.AddRange(culpritHeaders);
            }

            var attachment = Enumerable.Range(0, 40 + i).Select(b => (byte)(b * 7 % 256)).ToArray();
            export.Message(headers, i % 3 == 0
                ? [("Text item", Encoding.ASCII.GetBytes($"Body {i}\r\nsecond line")), ExportText.File($"REPORT{i}.XLS", attachment)]
                : [("Text item", Encoding.ASCII.GetBytes($"Body {i}"))]);
        }

        return export.ToBytes();
    }
}
