using MimeKit;

namespace MailMig.Fidelity.MigrateFloors;

/// <summary>One file per message under mailbox/folder/, written straight to its name through one buffered FileStream each, CR LF line ends.</summary>
public static class EmlFloor
{
    /// <summary>Writes the eml tree under <paramref name="output"/> from the post office and returns the number of messages.</summary>
    public static long Run(string postOffice, string output)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return PlainMessages.ForEach(postOffice, (mailbox, folder, index, message) =>
        {
            var directory = Path.Combine(output, Safe(mailbox), Safe(folder));
            if (created.Add(directory))
            {
                Directory.CreateDirectory(directory);
            }

            using var file = new FileStream(Path.Combine(directory, PlainMessages.FileName(index)), FileMode.Create, FileAccess.Write, FileShare.None, 4096);
            message.WriteTo(format, file);
        });
    }

    private static string Safe(string name) => string.Concat(name.Select(c => c is '/' or '\\' or '\0' ? '_' : c)).TrimStart('.') is { Length: > 0 } safe ? safe : "_";
}
