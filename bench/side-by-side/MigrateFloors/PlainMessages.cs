using System.Globalization;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;
using MimeKit;

namespace MailMig.Fidelity.MigrateFloors;

/// <summary>Reads a post office and builds each message with MimeKit's plain property API.</summary>
public static class PlainMessages
{
    /// <summary>Calls <paramref name="write"/> with (mailbox, folder, index, message) for every readable message, in store order.</summary>
    public static long ForEach(string postOffice, Action<string, string, int, MimeMessage> write)
    {
        using var reader = new Db8Reader(postOffice);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(reader.PostOffice.TimeZoneId);
        long count = 0;
        foreach (var mailbox in reader.Mailboxes)
        {
            foreach (var record in reader.ReadMessages(mailbox))
            {
                if (record.Message is not { } source)
                {
                    continue;
                }

                using var message = Build(source, zone, $"{mailbox.Id}.{record.Index}@floor.invalid");
                write(mailbox.Name, source.Folder, record.Index, message);
                count++;
            }
        }

        return count;
    }

    private static MimeMessage Build(CcMessage source, TimeZoneInfo zone, string messageId)
    {
        var message = new MimeMessage { Subject = source.Subject, MessageId = messageId };
        if (source.From is { } from)
        {
            message.From.Add(Address(from));
        }

        message.To.AddRange(source.To.Select(Address));
        message.Cc.AddRange(source.Cc.Select(Address));
        message.Bcc.AddRange(source.Bcc.Select(Address));
        if (source.Date is { } date)
        {
            message.Date = new DateTimeOffset(date, zone.GetUtcOffset(date));
        }

        var text = new TextPart("plain") { Text = source.Items.OfType<TextItem>().FirstOrDefault()?.Text ?? "" };
        var rest = source.Items.Where(i => i is FileItem or MessageItem).ToList();
        if (rest.Count == 0)
        {
            message.Body = text;
            return message;
        }

        var mixed = new Multipart("mixed") { text };
        foreach (var item in rest)
        {
            mixed.Add(item switch
            {
                FileItem file => new MimePart("application", "octet-stream")
                {
                    Content = new MimeContent(new MemoryStream(file.Data, writable: false)),
                    ContentTransferEncoding = ContentEncoding.Base64,
                    FileName = file.Name,
                },
                MessageItem forwarded => new MessagePart { Message = Build(forwarded.Message, zone, "fwd." + messageId) },
                _ => throw new InvalidOperationException(),
            });
        }

        message.Body = mixed;
        return message;
    }

    // The least an address needs: its display name and the proxy text made into a local part.
    private static MailboxAddress Address(CcAddress address)
    {
        var local = string.Create(address.Address.Length, address.Address, (span, text) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '-' ? text[i] : '_';
            }
        });
        return new MailboxAddress(address.DisplayName ?? "", (local.Length == 0 ? "_" : local.Trim('.')) + "@" + address.Type.ToLowerInvariant() + ".invalid");
    }

    /// <summary>The file name of message <paramref name="index"/> in an eml tree.</summary>
    public static string FileName(int index) => index.ToString("D6", CultureInfo.InvariantCulture) + ".eml";
}
