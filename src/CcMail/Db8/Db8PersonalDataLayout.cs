using System.Buffers.Binary;
using System.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>The file and record tags of bulletin boards, personal mailing lists and address books in this project's DB8 layout (docs/formats/personal-data.md).</summary>
public static class Db8PersonalDataLayout
{
    /// <summary>The personal-data file (reconstruction): written only when the post office has boards, lists or address books.</summary>
    public const string File = "CCPOPD.00";

    /// <summary>The tag of a bulletin board record (key 1 = board number).</summary>
    public const string BoardTag = "BBRD";

    /// <summary>The tag of a bulletin board message record (key 1 = board number, key 2 = index in the board).</summary>
    public const string BoardMessageTag = "BMSG";

    /// <summary>The tag of a personal mailing list record (key 2 = list number).</summary>
    public const string MailingListTag = "PLST";

    /// <summary>The tag of a personal address book record (key 2 = book number).</summary>
    public const string AddressBookTag = "PABK";

    internal static readonly uint Board = Of(BoardTag);
    internal static readonly uint BoardMessage = Of(BoardMessageTag);
    internal static readonly uint MailingList = Of(MailingListTag);
    internal static readonly uint AddressBook = Of(AddressBookTag);

    internal static readonly uint[] Tags = [Board, BoardMessage, MailingList, AddressBook];

    private static uint Of(string tag) => BinaryPrimitives.ReadUInt32LittleEndian(Encoding.ASCII.GetBytes(tag));
}
