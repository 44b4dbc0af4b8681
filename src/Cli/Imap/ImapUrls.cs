namespace MailMig.Fidelity.Cli.Imap;

/// <summary>Recognises mail server URLs on the command line and shows them without their password.</summary>
public static class ImapUrls
{
    /// <summary>Whether <paramref name="value"/> names a mail server (<c>imap://</c> or <c>imaps://</c>) rather than a folder or format.</summary>
    public static bool IsServer(string? value) =>
        value is not null && (value.StartsWith("imap://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("imaps://", StringComparison.OrdinalIgnoreCase));

    /// <summary><paramref name="url"/> with the password (and anything after the user name in the user part) removed.</summary>
    public static string WithoutPassword(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return url;
        }

        var start = scheme + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        var authority = end < 0 ? url[start..] : url[start..end];
        var at = authority.LastIndexOf('@');
        if (at < 0)
        {
            return url;
        }

        var user = authority[..at].Split(':')[0];
        return url[..start] + user + authority[at..] + (end < 0 ? "" : url[end..]);
    }
}
