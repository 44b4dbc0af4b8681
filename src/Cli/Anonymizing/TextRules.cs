/*
 * What in a line of export text is customer data and what is structure. Words are replaced by
 * their pseudonyms; separators, spacing and line ends stay. In an address the words that carry its
 * notation and kind stay (at, ATTMAIL and its spellings' types, SMTP, X400, X.400 attribute names
 * before '='), so the same parser reads the same kind of address. A word at the start of a line
 * followed by ':' stays too: a token look-alike (KB Q233054) is the fault, not the data.
 */
using MailMig.Fidelity.Cli.Shrinking;

namespace MailMig.Fidelity.Cli.Anonymizing;

/// <summary>Replaces the words of export text with pseudonyms, keeping notation, separators and look-alike tokens.</summary>
public sealed class TextRules(Pseudonyms pseudonyms)
{
    /// <summary>The words an address keeps because its notation or kind depends on them (compared upper-case).</summary>
    public static IReadOnlySet<string> AddressWords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "ATTMAIL", "EASYLINK", "SMTP", "X400", "MS", "MSMAIL", "CCMAIL", "EX", "FAX",
    };

    /// <summary>The folder names cc:Mail gives every mailbox, kept.</summary>
    public static IReadOnlySet<string> SystemFolders { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Inbox", "Message", "Log", "Drafts", "Trash" };

    /// <summary>Device names Windows reserves, kept as attachment base names (KB Q237886's neighbours: CON, NUL.TXT).</summary>
    public static IReadOnlySet<string> ReservedNames { get; } = new HashSet<string>(
        new[] { "CON", "PRN", "AUX", "NUL" }.Concat(Enumerable.Range(1, 9).SelectMany(n => new[] { $"COM{n}", $"LPT{n}" })), StringComparer.OrdinalIgnoreCase);

    /// <summary>Every word of <paramref name="text"/> replaced, except words <paramref name="keep"/> says to keep and line-start tokens before ':'.</summary>
    public byte[] Words(byte[] text, Func<string, byte[], int, bool>? keep = null)
    {
        var output = (byte[])text.Clone();
        var i = 0;
        while (i < text.Length)
        {
            if (!pseudonyms.IsWordAt(text, i, out var first))
            {
                i++;
                continue;
            }

            var start = i;
            i += first;
            while (i < text.Length && pseudonyms.IsWordAt(text, i, out var more))
            {
                i += more;
            }

            var word = text[start..i];
            var upper = System.Text.Encoding.Latin1.GetString(word).ToUpperInvariant();
            var lineStart = start == 0 || text[start - 1] == (byte)'\n';
            if ((lineStart && i < text.Length && text[i] == (byte)':') || (keep?.Invoke(upper, text, i) ?? false))
            {
                continue;
            }

            pseudonyms.Word(word).CopyTo(output, start);
        }

        return output;
    }

    /// <summary>An address value with its words replaced and its notation kept.</summary>
    public byte[] Address(byte[] value) =>
        Words(value, (upper, text, end) => AddressWords.Contains(upper) || (end < text.Length && text[end] == (byte)'='));

    /// <summary>A folder path with user folder names replaced and system folder names kept.</summary>
    public byte[] Folder(byte[] value) => Words(value, (upper, _, _) => SystemFolders.Contains(upper));

    /// <summary>An attachment name with its base replaced, its extension, path shape and a reserved device name kept.</summary>
    public byte[] FileName(byte[] name)
    {
        var dot = Array.LastIndexOf(name, (byte)'.');
        var separator = Math.Max(Array.LastIndexOf(name, (byte)'\\'), Array.LastIndexOf(name, (byte)'/'));
        var extension = dot > separator ? dot : name.Length;
        var baseName = System.Text.Encoding.Latin1.GetString(name, separator + 1, extension - separator - 1);
        var head = ReservedNames.Contains(baseName) ? name[..(separator + 1)] : name[..extension];
        return [.. Words(head), .. ReservedNames.Contains(baseName) ? name[(separator + 1)..extension] : [], .. name[extension..]];
    }

    /// <summary>Whether <paramref name="line"/> holds one address (From, To, Cc, Bcc, RRT).</summary>
    public static bool IsAddress(RawLine line) => ShrinkLevel.IsAddressLine(line);
}
