// Why: output.md "Layout" and the pairing headers: each migrated message is one .eml file named by
// its source index, carrying X-MailMig-* headers, written to a temporary file and renamed.
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Mime;
using MimeKit;

namespace MailMig.Fidelity.Fixtures.DocsOnlyMigrator;

/// <summary>Builds and writes the .eml file of one readable source message.</summary>
public sealed class MessageWriter(MessageBuilder builder, string? postOffice, string orgDomain)
{
    private static readonly FormatOptions Format = NewFormat();

    /// <summary>Writes <paramref name="record"/> to <paramref name="directory"/>; returns its repairs in order.</summary>
    public IReadOnlyList<string> Write(MessageRecord record, string mailbox, string sourceFile, ISet<CcItem> dropped, IEnumerable<string> readerRepairs, string directory)
    {
        var message = record.Message ?? throw new ArgumentException("the record has no message", nameof(record));
        var repairs = new RepairList();
        foreach (var id in readerRepairs)
        {
            repairs.Add(id);
        }

        var mime = builder.Build(message, MessageId(mailbox, record.Index), dropped, repairs);
        mime.Headers.Add("X-MailMig-Mailbox", mailbox);
        mime.Headers.Add("X-MailMig-Source-Index", record.Index.ToString(CultureInfo.InvariantCulture));
        mime.Headers.Add("X-MailMig-Folder", message.Folder);
        mime.Headers.Add("X-MailMig-Read", message.IsRead ? "yes" : "no");
        mime.Headers.Add("X-MailMig-Source", $"{sourceFile}@{record.Location.Offset.ToString(CultureInfo.InvariantCulture)}");
        if (repairs.Ids.Count > 0)
        {
            mime.Headers.Add("X-MailMig-Repairs", string.Join(", ", repairs.Ids));
        }

        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, record.Index.ToString("D6", CultureInfo.InvariantCulture) + ".eml");
        using (var stream = File.Create(target + ".tmp"))
        {
            mime.WriteTo(Format, stream);
        }

        File.Move(target + ".tmp", target, overwrite: true);
        return repairs.Ids;
    }

    private string MessageId(string mailbox, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{postOffice}\n{mailbox}\n{index}"));
        return $"{index:D6}.{Convert.ToHexStringLower(hash.AsSpan(0, 10))}@{orgDomain}";
    }

    private static FormatOptions NewFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
