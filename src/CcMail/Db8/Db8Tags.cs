using System.Buffers.Binary;
using System.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The record tags of <see cref="Db8Layout"/> as the little-endian u32 values the headers hold.</summary>
internal static class Db8Tags
{
    public static readonly uint FileHeader = Of(Db8Layout.FileHeaderTag);
    public static readonly uint Version = Of(Db8Layout.VersionTag);
    public static readonly uint PostOffice = Of(Db8Layout.PostOfficeTag);
    public static readonly uint Mailbox = Of(Db8Layout.MailboxTag);
    public static readonly uint DirectoryEntry = Of(Db8Layout.DirectoryEntryTag);
    public static readonly uint Message = Of(Db8Layout.MessageTag);
    public static readonly uint IndexEntry = Of(Db8Layout.IndexEntryTag);
    public static readonly uint Check = Of(Db8Layout.CheckTag);

    /// <summary>The tag as text, for diagnostics.</summary>
    public static string Name(uint tag)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, tag);
        foreach (var b in bytes)
        {
            if (b is < 0x20 or > 0x7E)
            {
                return $"0x{tag:X8}";
            }
        }

        return Encoding.ASCII.GetString(bytes);
    }

    private static uint Of(string tag) => BinaryPrimitives.ReadUInt32LittleEndian(Encoding.ASCII.GetBytes(tag));
}
