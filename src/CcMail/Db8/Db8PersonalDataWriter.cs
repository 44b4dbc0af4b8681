using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * Bulletin boards, personal mailing lists and address books go to a file of their own, CCPOPD.00, so a
 * post office without them keeps every byte it had (the other files and NFTCHECK do not mention it).
 * Records use the common header (tag, length, keys, CRCs) and the field types of docs/formats/db8.md;
 * a board message body is exactly a CMSG body. The layout is this project's reconstruction.
 */

/// <summary>Writes a post office's <see cref="PersonalData"/> to <see cref="Db8PersonalDataLayout.File"/>.</summary>
public static class Db8PersonalDataWriter
{
    /// <summary>Writes <paramref name="data"/> into the post office <paramref name="directory"/> in <paramref name="codePage"/>; writes nothing when it is empty.</summary>
    public static Db8PersonalDataOffsets Write(string directory, PersonalData data, int codePage)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!CodePages.IsSupported(codePage))
        {
            throw new ArgumentOutOfRangeException(nameof(codePage), codePage, "code page must be 437, 850 or 932");
        }

        if (data.IsEmpty)
        {
            return new Db8PersonalDataOffsets([], [], [], []);
        }

        var w = new Db8BodyWriter(CodePages.Get(codePage));
        using var sink = new Db8RecordSink(new Db8DirectoryStorage(directory), Db8PersonalDataLayout.File, Db8PersonalDataLayout.Board, w);
        var boards = new List<long>();
        var boardMessages = new List<IReadOnlyList<long>>();
        for (var b = 0; b < data.BulletinBoards.Count; b++)
        {
            var (board, messages) = WriteBoard(sink, w, data.BulletinBoards[b], (uint)(b + 1));
            boards.Add(board);
            boardMessages.Add(messages);
        }

        var lists = data.MailingLists.Select((list, i) => WriteList(sink, w, list, (uint)(i + 1))).ToList();
        var books = data.AddressBooks.Select((book, i) => WriteBook(sink, w, book, (uint)(i + 1))).ToList();
        return new Db8PersonalDataOffsets(boards, boardMessages, lists, books);
    }

    private static (long Board, List<long> Messages) WriteBoard(Db8RecordSink sink, Db8BodyWriter w, BulletinBoard board, uint number)
    {
        w.Reset();
        w.WriteString(board.Name);
        w.WriteCount(board.Messages.Count);
        var offset = sink.Append(Db8PersonalDataLayout.Board, number, 0, w.Written);
        var messages = new List<long>(board.Messages.Count);
        for (var i = 0; i < board.Messages.Count; i++)
        {
            w.Reset();
            Db8MessageCodec.Write(w, board.Messages[i]);
            messages.Add(sink.Append(Db8PersonalDataLayout.BoardMessage, number, (uint)(i + 1), w.Written));
        }

        return (offset, messages);
    }

    private static long WriteList(Db8RecordSink sink, Db8BodyWriter w, PersonalMailingList list, uint number)
    {
        w.Reset();
        w.WriteString(list.Owner);
        w.WriteString(list.Name);
        w.WriteCount(list.Members.Count);
        foreach (var member in list.Members)
        {
            w.WriteString(member.Raw);
        }

        return sink.Append(Db8PersonalDataLayout.MailingList, 0, number, w.Written);
    }

    private static long WriteBook(Db8RecordSink sink, Db8BodyWriter w, PersonalAddressBook book, uint number)
    {
        w.Reset();
        w.WriteString(book.Owner);
        w.WriteCount(book.Entries.Count);
        foreach (var entry in book.Entries)
        {
            w.WriteString(entry.Name);
            w.WriteString(entry.Address?.Raw ?? "");
            w.WriteString(entry.Comment);
        }

        return sink.Append(Db8PersonalDataLayout.AddressBook, 0, number, w.Written);
    }
}
