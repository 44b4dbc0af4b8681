using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.CcMail.Db8;

/*
 * Reads CCPOPD.00 leniently, record by record: damaged bytes are skipped to the next intact header of
 * one of its tags (as every DB8 file is read), a record whose body does not decode is dropped with
 * db8.bad-payload, and a board message whose board record is lost is kept under a board named after
 * its number, so no message is lost with its board's header. An absent file is no personal data.
 */

/// <summary>Reads bulletin boards, personal mailing lists and address books from a DB8 post office.</summary>
public static class Db8PersonalDataReader
{
    /// <summary>Reads <see cref="Db8PersonalDataLayout.File"/> of <paramref name="directory"/>; addresses without a post office belong to <paramref name="postOfficeName"/>.</summary>
    public static Db8PersonalDataResult Read(string directory, string postOfficeName, int codePage)
    {
        var diagnostics = new List<Diagnostic>();
        var data = new PersonalData();
        var encoding = CodePages.Get(CodePages.IsSupported(codePage) ? codePage : 850);
        var addresses = new AddressParserOptions { DefaultPostOffice = postOfficeName };
        using var file = Db8RecordFile.Open(new Db8DirectoryStorage(directory), Db8PersonalDataLayout.File);
        if (!file.Exists)
        {
            return new Db8PersonalDataResult(data, diagnostics);
        }

        var boards = new SortedDictionary<uint, (BulletinBoard Board, SortedDictionary<uint, CcMessage> Messages)>();
        foreach (var record in file.ReadSequence(Db8PersonalDataLayout.Tags, diagnostics))
        {
            if (!Decode(record, encoding, addresses, data, boards))
            {
                diagnostics.Add(new(DiagnosticSeverity.Error, Db8DiagnosticCodes.BadPayload,
                    $"the {Db8Tags.Name(record.Header.Tag)} record's body does not decode; it is dropped", Db8PersonalDataLayout.File, record.Offset));
            }
        }

        foreach (var (_, (board, messages)) in boards)
        {
            board.Messages.AddRange(messages.Values);
            data.BulletinBoards.Add(board);
        }

        return new Db8PersonalDataResult(data, diagnostics);
    }

    private static bool Decode(Db8Record record, Encoding encoding, AddressParserOptions addresses, PersonalData data,
        SortedDictionary<uint, (BulletinBoard Board, SortedDictionary<uint, CcMessage> Messages)> boards)
    {
        var r = new Db8BodyReader(record.Body, encoding);
        var tag = record.Header.Tag;
        if (tag == Db8PersonalDataLayout.Board)
        {
            var name = r.ReadString();
            r.ReadU32();
            if (r.Failed || r.Remaining != 0)
            {
                return false;
            }

            BoardOf(boards, record.Header.Key1).Board.Name = name;
            return true;
        }

        if (tag == Db8PersonalDataLayout.BoardMessage)
        {
            var skipped = 0;
            var message = Db8MessageCodec.Read(ref r, addresses, ref skipped);
            if (message is null)
            {
                return false;
            }

            BoardOf(boards, record.Header.Key1).Messages[record.Header.Key2] = message;
            return true;
        }

        return tag == Db8PersonalDataLayout.MailingList ? ReadList(ref r, addresses, data) : ReadBook(ref r, addresses, data);
    }

    private static (BulletinBoard Board, SortedDictionary<uint, CcMessage> Messages) BoardOf(
        SortedDictionary<uint, (BulletinBoard Board, SortedDictionary<uint, CcMessage> Messages)> boards, uint number)
    {
        if (!boards.TryGetValue(number, out var entry))
        {
            entry = (new BulletinBoard { Name = "bulletin-board-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new SortedDictionary<uint, CcMessage>());
            boards[number] = entry;
        }

        return entry;
    }

    private static bool ReadList(ref Db8BodyReader r, AddressParserOptions addresses, PersonalData data)
    {
        var list = new PersonalMailingList { Owner = r.ReadString(), Name = r.ReadString() };
        var count = r.ReadCount(4);
        for (var i = 0; i < count && !r.Failed; i++)
        {
            list.Members.Add(AddressParser.Parse(r.ReadString(), addresses));
        }

        if (r.Failed || r.Remaining != 0)
        {
            return false;
        }

        data.MailingLists.Add(list);
        return true;
    }

    private static bool ReadBook(ref Db8BodyReader r, AddressParserOptions addresses, PersonalData data)
    {
        var book = new PersonalAddressBook { Owner = r.ReadString() };
        var count = r.ReadCount(12);
        for (var i = 0; i < count && !r.Failed; i++)
        {
            var name = r.ReadString();
            var address = r.ReadString();
            var comment = r.ReadNullableString();
            book.Entries.Add(new AddressBookEntry
            {
                Name = name,
                Address = address.Trim().Length == 0 ? null : AddressParser.Parse(address, addresses),
                Comment = comment,
            });
        }

        if (r.Failed || r.Remaining != 0)
        {
            return false;
        }

        data.AddressBooks.Add(book);
        return true;
    }
}
