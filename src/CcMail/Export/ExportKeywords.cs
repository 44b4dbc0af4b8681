using System.Text;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>The keywords of the export grammar and how a line's first bytes are classified (ASCII, case-insensitive, at column 0).</summary>
internal static class ExportKeywords
{
    public const string Message = "Message";
    public const string Contents = "Contents";
    public const string From = "From";
    public const string To = "To";
    public const string Cc = "Cc";
    public const string Bcc = "Bcc";
    public const string Date = "Date";
    public const string Subject = "Subject";
    public const string Folder = "Folder";
    public const string Priority = "Priority";
    public const string Status = "Status";
    public const string Rrt = "RRT";
    public const string Mailbox = "Mailbox";
    public const string PostOffice = "Postoffice";
    public const string CodePage = "Codepage";
    public const string Exported = "Exported";
    public const string BulletinBoard = "Bulletin board";
    public const string MailingList = "Mailing list";
    public const string AddressBook = "Address book";
    public const string Name = "Name";
    public const string Owner = "Owner";
    public const string Member = "Member";
    public const string Entry = "Entry";
    public const string Address = "Address";
    public const string Comment = "Comment";

    /// <summary>The keywords that open a personal-data block, and the line kinds they make.</summary>
    public static readonly (string Keyword, ExportLineKind Kind)[] PersonalBlocks =
        [(BulletinBoard, ExportLineKind.BulletinBoard), (MailingList, ExportLineKind.MailingList), (AddressBook, ExportLineKind.AddressBook)];

    /// <summary>The keywords a personal-data block's first line after its opening line may have.</summary>
    public static readonly string[] PersonalHeaders = [Name, Owner, Contents, Member, Entry];

    /// <summary>The header keywords of a message block.</summary>
    public static readonly string[] Headers = [From, To, Cc, Bcc, Date, Subject, Folder, Priority, Status, Rrt];

    /// <summary>The item keywords and their types.</summary>
    public static readonly (string Keyword, ExportItemType Type)[] Items =
    [
        ("Text item", ExportItemType.Text), ("File item", ExportItemType.File), ("Message item", ExportItemType.Message),
        ("Fax item", ExportItemType.Fax), ("Graphics item", ExportItemType.Graphics), ("Sound item", ExportItemType.Sound),
    ];

    /// <summary>The longest keyword an item or block line is recognised by, plus its colon.</summary>
    public const int LongestKeyword = 16;

    /// <summary>Whether <paramref name="line"/> starts with <paramref name="keyword"/> and a colon.</summary>
    public static bool Starts(ReadOnlySpan<byte> line, string keyword) =>
        line.Length > keyword.Length && line[keyword.Length] == (byte)':' && Ascii.EqualsIgnoreCase(line[..keyword.Length], keyword);

    /// <summary>The keyword of <paramref name="line"/>: the bytes before its first colon, or empty when it has none.</summary>
    public static ReadOnlySpan<byte> KeywordOf(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf((byte)':');
        return colon < 0 ? [] : line[..colon];
    }

    /// <summary>Splits a line at its first colon byte (0x3A is never a cp932 trail byte) and decodes the keyword and the value without its one leading space; false when there is no keyword.</summary>
    public static bool Split(ReadOnlySpan<byte> line, Encoding encoding, out string keyword, out string value)
    {
        var colon = line.IndexOf((byte)':');
        var rest = colon < 0 ? [] : line[(colon + 1)..];
        keyword = colon <= 0 ? "" : encoding.GetString(line[..colon]);
        value = encoding.GetString(rest is [(byte)' ', .. var unspaced] ? unspaced : rest);
        return colon > 0;
    }

    /// <summary>Whether <paramref name="keyword"/> is one of the message header keywords or <c>Contents</c>.</summary>
    public static bool IsBlockHeader(ReadOnlySpan<byte> keyword)
    {
        foreach (var known in Headers)
        {
            if (Ascii.EqualsIgnoreCase(keyword, known))
            {
                return true;
            }
        }

        return Ascii.EqualsIgnoreCase(keyword, Contents);
    }

    /// <summary>Whether <paramref name="keyword"/> can start the line after a personal-data block's opening line.</summary>
    public static bool IsPersonalHeader(ReadOnlySpan<byte> keyword)
    {
        foreach (var known in PersonalHeaders)
        {
            if (Ascii.EqualsIgnoreCase(keyword, known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line kind opens a personal-data block (bulletin board, mailing list, address book).</summary>
    public static bool IsPersonalBlock(ExportLineKind kind) =>
        kind is ExportLineKind.BulletinBoard or ExportLineKind.MailingList or ExportLineKind.AddressBook;

    /// <summary>The keyword a personal-data block kind is written with.</summary>
    public static string KeywordOf(ExportLineKind kind) => Array.Find(PersonalBlocks, b => b.Kind == kind).Keyword ?? Message;

    /// <summary>The item type <paramref name="keyword"/> names, <see cref="ExportItemType.Unknown"/> for another <c>... item</c>, or None.</summary>
    public static ExportItemType ItemTypeOf(ReadOnlySpan<byte> keyword)
    {
        foreach (var (known, type) in Items)
        {
            if (Ascii.EqualsIgnoreCase(keyword, known))
            {
                return type;
            }
        }

        return keyword.Length > 5 && Ascii.EqualsIgnoreCase(keyword[^5..], " item") && keyword.IndexOfAny((byte)'\t', (byte)'\r') < 0
            && keyword[0] != (byte)' ' ? ExportItemType.Unknown : ExportItemType.None;
    }

    /// <summary>The keyword an item type is written with.</summary>
    public static string? KeywordOf(ExportItemType type) => Array.Find(Items, i => i.Type == type).Keyword;
}
