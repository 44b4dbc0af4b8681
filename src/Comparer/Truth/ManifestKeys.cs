using System.Runtime.CompilerServices;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The property names of manifest records as small numbers, so that ManifestRecordScanner can
 * dispatch on a name's UTF-8 bytes without making a string (a table slot from its first and last
 * bytes and its length, then one comparison), and mark each name seen in one bit of a ulong (a
 * name twice in one object sends the line to the JsonDocument reader).
 */

/// <summary>The property names a manifest message record uses, numbered below 64, found from their UTF-8 bytes.</summary>
internal static class ManifestKeys
{
    public const int None = 0;
    public const int Record = 1;
    public const int Mailbox = 2;
    public const int Index = 3;
    public const int Folder = 4;
    public const int ReceiptTo = 5;
    public const int Priority = 6;
    public const int Read = 7;
    public const int Faults = 8;
    public const int Outcome = 9;
    public const int Repairs = 10;
    public const int SkipReason = 11;
    public const int BySource = 12;
    public const int From = 13;
    public const int To = 14;
    public const int Cc = 15;
    public const int Bcc = 16;
    public const int Subject = 17;
    public const int Date = 18;
    public const int DateLocal = 19;
    public const int Body = 20;
    public const int Attachments = 21;
    public const int Forwarded = 22;
    public const int DisplayName = 23;
    public const int Type = 24;
    public const int Address = 25;
    public const int Name = 26;
    public const int Size = 27;
    public const int Sha256 = 28;
    public const int Id = 29;
    public const int Where = 30;
    public const int File = 31;
    public const int Offset = 32;
    public const int Detail = 33;

    private static readonly byte[][] Names =
    [
        [], "record"u8.ToArray(), "mailbox"u8.ToArray(), "index"u8.ToArray(), "folder"u8.ToArray(), "receiptTo"u8.ToArray(), "priority"u8.ToArray(),
        "read"u8.ToArray(), "faults"u8.ToArray(), "outcome"u8.ToArray(), "repairs"u8.ToArray(), "skipReason"u8.ToArray(), "bySource"u8.ToArray(),
        "from"u8.ToArray(), "to"u8.ToArray(), "cc"u8.ToArray(), "bcc"u8.ToArray(), "subject"u8.ToArray(), "date"u8.ToArray(), "dateLocal"u8.ToArray(),
        "body"u8.ToArray(), "attachments"u8.ToArray(), "forwarded"u8.ToArray(), "displayName"u8.ToArray(), "type"u8.ToArray(), "address"u8.ToArray(),
        "name"u8.ToArray(), "size"u8.ToArray(), "sha256"u8.ToArray(), "id"u8.ToArray(), "where"u8.ToArray(), "file"u8.ToArray(), "offset"u8.ToArray(),
        "detail"u8.ToArray(),
    ];

    // A name's slot in Table: collision-free for the names above, so one comparison confirms a name.
    private static readonly byte[] Table = BuildTable();

    private const byte Collision = byte.MaxValue;

    /// <summary>The key named by the unescaped UTF-8 <paramref name="name"/>, or <see cref="None"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Of(ReadOnlySpan<byte> name)
    {
        if (name.IsEmpty)
        {
            return None;
        }

        var key = Table[Slot(name)];
        if (key == Collision)
        {
            return Search(name);
        }

        return key != None && name.SequenceEqual(Names[key]) ? key : None;
    }

    private static int Slot(ReadOnlySpan<byte> name) => (name[0] + (2 * name[^1]) + (11 * name.Length)) & 0xFF;

    // Only if two names ever share a slot: each name is compared.
    private static int Search(ReadOnlySpan<byte> name)
    {
        for (var key = 1; key < Names.Length; key++)
        {
            if (name.SequenceEqual(Names[key]))
            {
                return key;
            }
        }

        return None;
    }

    private static byte[] BuildTable()
    {
        var table = new byte[256];
        for (var key = 1; key < Names.Length; key++)
        {
            var slot = Slot(Names[key]);
            table[slot] = table[slot] == None ? (byte)key : Collision;
        }

        return table;
    }
}
