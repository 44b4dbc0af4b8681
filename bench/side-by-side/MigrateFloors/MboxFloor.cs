using System.Globalization;
using System.Text;
using MimeKit;

namespace MailMig.Fidelity.MigrateFloors;

/// <summary>Every message into one mbox file: a From line, MimeKit's bytes (LF), a blank line; one 64 KB buffered FileStream.</summary>
public static class MboxFloor
{
    /// <summary>Writes <paramref name="output"/>/floor.mbox from the post office and returns the number of messages.</summary>
    public static long Run(string postOffice, string output)
    {
        Directory.CreateDirectory(output);
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Unix;
        using var file = new FileStream(Path.Combine(output, "floor.mbox"), FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        return PlainMessages.ForEach(postOffice, (_, _, _, message) =>
        {
            var utc = message.Date.UtcDateTime;
            var sender = message.From.Mailboxes.FirstOrDefault()?.Address ?? "MAILER-DAEMON";
            file.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"From {sender} {utc:ddd MMM d HH:mm:ss yyyy}\n")));
            message.WriteTo(format, file);
            file.WriteByte((byte)'\n');
        });
    }
}
