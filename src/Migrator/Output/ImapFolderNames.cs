namespace MailMig.Fidelity.Migrator.Output;

/*
 * An IMAP folder per output-layout path segment (docs/formats/output.md), so the Comparer decodes server
 * folders as it decodes directories. A segment is already free of '/', '\' and control characters, but a
 * server may separate levels with another character ('.'), refuses names beginning with '~' (Dovecot), and
 * treats a top-level INBOX in any case as its own inbox: those characters are percent-encoded too, which
 * percent-decoding undoes like any other.
 */

/// <summary>Makes output-layout path segments into IMAP folder names a server accepts.</summary>
public static class ImapFolderNames
{
    /// <summary>The folder name for <paramref name="segment"/> under a server whose hierarchy separator is <paramref name="separator"/>; <paramref name="topLevel"/> for a mailbox's own folder.</summary>
    public static string FromSegment(string segment, char separator, bool topLevel)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var name = separator is '\0' or '%' ? segment : segment.Replace(separator.ToString(), Hex(separator), StringComparison.Ordinal);
        if (name.StartsWith('~'))
        {
            name = Hex('~') + name[1..];
        }

        if (topLevel && name.Equals("INBOX", StringComparison.OrdinalIgnoreCase))
        {
            name = Hex(name[0]) + name[1..];
        }

        return name;
    }

    private static string Hex(char c) => "%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
}
