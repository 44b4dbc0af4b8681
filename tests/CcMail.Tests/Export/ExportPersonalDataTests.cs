using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Tests.Support;
using static MailMig.Fidelity.CcMail.Export.ExportDiagnosticCodes;

namespace MailMig.Fidelity.CcMail.Tests.Export;

/// <summary>The personal-data blocks of the export grammar: bulletin boards, mailing lists and address books (docs/formats/export.md, "Personal data").</summary>
public sealed class ExportPersonalDataTests
{
    private const string FileHead = "Mailbox: Smith, Grover\r\nPostoffice: FERGUSON\r\nCodepage: 850\r\n";
    private const string MessageBody = "From: Smith, Grover at FERGUSON\r\nSubject: S\r\nContents: 0\r\n";
    private static readonly AddressParserOptions Options = new() { DefaultPostOffice = "FERGUSON" };

    private static PersonalData Sample() => new()
    {
        BulletinBoards =
        [
            new BulletinBoard
            {
                Name = "Sales \"Hot\" Leads \\ 1999",
                Messages =
                [
                    new CcMessage
                    {
                        From = AddressParser.Parse("Smith, Grover at FERGUSON", Options), DateText = "1/15/96 9:05 AM", Date = new DateTime(1996, 1, 15, 9, 5, 0), Subject = "Leads", Folder = "Sales \"Hot\" Leads \\ 1999",
                        Items = [new TextItem { Text = "Call them.\r\n" }, new FileItem { Name = "LEADS.XLS", DateText = "1/14/96 8:00 AM", Date = new DateTime(1996, 1, 14, 8, 0, 0), Data = [1, 2, 0x0D, 0x0A, 3] }],
                    },
                    new CcMessage { DateText = "12/31/99 11:59 PM", Date = new DateTime(1999, 12, 31, 23, 59, 0), Subject = "Year end", Folder = "Sales \"Hot\" Leads \\ 1999", IsRead = true },
                ],
            },
            new BulletinBoard { Name = "Empty board" },
        ],
        MailingLists =
        [
            new PersonalMailingList { Owner = "Smith, Grover", Name = "Team", Members = [AddressParser.Parse("Doe, Jane", Options), AddressParser.Parse("Roe, Rick at OTHERPO", Options)] },
            new PersonalMailingList { Owner = "Smith, Grover", Name = " Softball ", Members = [AddressParser.Parse("jdoe at ATTMAIL", Options)] },
        ],
        AddressBooks =
        [
            new PersonalAddressBook
            {
                Owner = "Smith, Grover",
                Entries =
                [
                    new AddressBookEntry { Name = "Jane", Address = AddressParser.Parse("Jane Doe [SMTP:jdoe@example.com] at SMTPLINK", Options), Comment = "home" },
                    new AddressBookEntry { Name = "Rick", Address = AddressParser.Parse("Roe, Rick at OTHERPO", Options), Comment = "" },
                    new AddressBookEntry(),
                ],
            },
        ],
    };

    private static byte[] WriteAll(PersonalData data, IEnumerable<CcMessage>? messages = null, string? mailbox = "Smith, Grover")
    {
        var stream = new MemoryStream();
        using (var writer = new ExportWriter(stream, leaveOpen: true))
        {
            writer.WriteHeader(new ExportFileHeader { Mailbox = mailbox, PostOffice = "FERGUSON" });
            foreach (var message in messages ?? [])
            {
                writer.WriteMessage(message);
            }

            data.BulletinBoards.ForEach(b => writer.WriteBulletinBoard(b));
            data.MailingLists.ForEach(l => writer.WriteMailingList(l));
            data.AddressBooks.ForEach(b => writer.WriteAddressBook(b));
        }

        return stream.ToArray();
    }

    private static (List<MessageRecord> Records, ExportReader Reader) ReadAll(byte[] bytes)
    {
        var reader = new ExportReader(new MemoryStream(bytes, writable: false), "test.exp");
        return (reader.ReadRecords().ToList(), reader);
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static string Sized(string keyword, string body) => $"{keyword}: {Encoding.Latin1.GetByteCount(body)}\r\n{body}";

    [Fact]
    public void Boards_lists_and_address_books_read_back_as_written()
    {
        var expected = Sample();
        var (records, reader) = ReadAll(WriteAll(expected));
        using var _ = reader;

        Assert.Empty(records);
        Assert.Empty(reader.Diagnostics);
        Assert.Empty(reader.PersonalDataDiagnostics);
        var data = reader.PersonalData;
        Assert.Equal(expected.BulletinBoards.Select(b => b.Name), data.BulletinBoards.Select(b => b.Name));
        Assert.Equal(ExportBytes.ToJson(expected.BulletinBoards[0].Messages), ExportBytes.ToJson(data.BulletinBoards[0].Messages));
        Assert.Empty(data.BulletinBoards[1].Messages);
        Assert.Equal(expected.MailingLists.Select(l => (l.Owner, l.Name, string.Join("|", l.Members.Select(m => m.Raw)))),
            data.MailingLists.Select(l => (l.Owner, l.Name, string.Join("|", l.Members.Select(m => m.Raw)))));
        Assert.Equal("FERGUSON", data.MailingLists[0].Members[0].PostOffice);
        var book = Assert.Single(data.AddressBooks);
        Assert.Equal("Smith, Grover", book.Owner);
        Assert.Equal(expected.AddressBooks[0].Entries.Select(e => (e.Name, e.Address?.Raw, e.Comment)), book.Entries.Select(e => (e.Name, e.Address?.Raw, e.Comment)));
        Assert.True(book.Entries[2].IsBlank);
    }

    [Fact]
    public void Messages_before_the_personal_blocks_read_as_they_did_without_them()
    {
        var message = new CcMessage { From = AddressParser.Parse("Smith, Grover at FERGUSON", Options), DateText = "11/16/98 10:30 AM", Subject = "Quarterly", Items = [new TextItem { Text = "Numbers.\r\n" }] };
        var alone = ExportBytes.Read(WriteAll(new PersonalData(), [message]));
        var (records, reader) = ReadAll(WriteAll(Sample(), [message]));
        using var _ = reader;

        Assert.Equal(ExportBytes.ToJson(alone.Records.Select(r => r.Message)), ExportBytes.ToJson(records.Select(r => r.Message)));
        Assert.Empty(records[0].Diagnostics);
        Assert.Empty(reader.Diagnostics);
        Assert.Equal(2, reader.PersonalData.MailingLists.Count);
    }

    [Fact]
    public void A_file_of_bulletin_boards_alone_is_a_post_office_export_and_passes_the_export_file_check()
    {
        var bytes = WriteAll(new PersonalData { BulletinBoards = Sample().BulletinBoards }, mailbox: null);
        using var reader = new ExportReader(new MemoryStream(bytes), "boards.txt");
        using var mailbox = new ExportReader(new MemoryStream(WriteAll(Sample())), "mailbox.txt");

        Assert.True(reader.IsPostOfficeExport);
        Assert.False(mailbox.IsPostOfficeExport);
        Assert.Null(ExportFileCheck.WhyNot("boards.txt", bytes));
    }

    [Fact]
    public void A_post_office_export_of_lists_and_books_alone_holds_no_mailbox_either()
    {
        var bytes = WriteAll(new PersonalData { MailingLists = Sample().MailingLists, AddressBooks = Sample().AddressBooks }, mailbox: null);
        using var reader = new ExportReader(new MemoryStream(bytes), "lists.txt");

        Assert.True(reader.IsPostOfficeExport);
    }

    [Fact]
    public void Garbage_inside_an_address_book_is_reported_and_the_entries_before_it_and_the_blocks_after_it_are_kept()
    {
        var book = "Owner: Smith, Grover\r\nContents: 3\r\nEntry: Jane\r\nAddress: Doe, Jane\r\n";
        var list = "Owner: Smith, Grover\r\nName: Team\r\nContents: 1\r\nMember: Roe, Rick at OTHERPO\r\n";
        var text = FileHead + Sized("Address book", book + "\x01\x02 no keyword\r\nEntry: Lost\r\n") + Sized("Mailing list", list);
        var (_, reader) = ReadAll(Latin1(text));
        using var _ = reader;

        var entry = Assert.Single(Assert.Single(reader.PersonalData.AddressBooks).Entries);
        Assert.Equal(("Jane", "Doe, Jane"), (entry.Name, entry.Address!.Raw));
        Assert.Contains(reader.Diagnostics, d => d.Code == UnexpectedToken);
        Assert.Contains(reader.PersonalDataDiagnostics, d => d.Code == ContentsCount);
        Assert.Equal(["Roe, Rick at OTHERPO"], Assert.Single(reader.PersonalData.MailingLists).Members.Select(m => m.Raw));
    }

    [Fact]
    public void A_bulletin_board_of_junk_is_reported_as_empty_a_nameless_one_is_named_by_its_number_and_the_next_board_is_kept()
    {
        var good = "Name: General\r\nContents: 1\r\n" + Sized("Message item", MessageBody) + "\r\n";
        var text = FileHead + "Bulletin board: 12\r\n\x01\x02junk\r\n" + "Bulletin board: 40\r\nContents: 0\r\n" + Sized("Bulletin board", good);
        var (_, reader) = ReadAll(Latin1(text));
        using var _ = reader;

        Assert.Contains(reader.PersonalDataDiagnostics, d => d.Code == BlockEmpty);
        Assert.Contains(reader.PersonalDataDiagnostics, d => d.Code == NameMissing);
        var boards = reader.PersonalData.BulletinBoards;
        Assert.Equal(["bulletin-board-2", "General"], boards.Select(b => b.Name));
        Assert.Equal("S", Assert.Single(boards[1].Messages).Subject);
    }

    [Fact]
    public void A_board_message_with_a_wrong_item_size_is_recovered_and_the_next_message_is_kept()
    {
        var first = "From: Smith, Grover at FERGUSON\r\nSubject: First\r\nContents: 1\r\nText item: 99\r\nshort\r\n";
        var second = Sized("Message item", MessageBody) + "\r\n";
        var board = "Name: General\r\nContents: 2\r\n" + Sized("Message item", first) + "\r\n" + second;
        var (_, reader) = ReadAll(Latin1(FileHead + Sized("Bulletin board", board) + Sized("Mailing list", "Owner: X\r\nName: L\r\nContents: 0\r\n")));
        using var _ = reader;

        var messages = Assert.Single(reader.PersonalData.BulletinBoards).Messages;
        Assert.Equal(["First", "S"], messages.Select(m => m.Subject));
        Assert.Equal("short", Assert.IsType<TextItem>(Assert.Single(messages[0].Items)).Text);
        Assert.Contains(reader.PersonalDataDiagnostics, d => d.Code == Truncated);
        Assert.Single(reader.PersonalData.MailingLists);
    }

    [Fact]
    public void A_message_header_cut_short_by_a_mailing_list_keeps_both()
    {
        var text = FileHead + "Message: 30\r\nFrom: Smith, Grover at FERGUSON\r\nSubject: Cut\r\n"
            + Sized("Mailing list", "Owner: Smith, Grover\r\nName: Team\r\nContents: 1\r\nMember: Doe, Jane\r\n");
        var (records, reader) = ReadAll(Latin1(text));
        using var _ = reader;

        var record = Assert.Single(records);
        Assert.Equal("Cut", record.Message!.Subject);
        Assert.Contains(record.Diagnostics, d => d.Code == Truncated);
        Assert.Equal("Team", Assert.Single(reader.PersonalData.MailingLists).Name);
    }

    [Fact]
    public void A_list_without_an_owner_belongs_to_the_files_mailbox_and_stray_lines_are_reported()
    {
        var list = "Name: Team\r\nAddress: stray\r\nContents: 2\r\nMember: Doe, Jane\r\n Smith\r\nMember: Roe, Rick at OTHERPO\r\n";
        var (_, reader) = ReadAll(Latin1(FileHead + Sized("Mailing list", list)));
        using var _ = reader;

        var read = Assert.Single(reader.PersonalData.MailingLists);
        Assert.Equal("Smith, Grover", read.Owner);
        Assert.Equal(["Doe, Jane Smith", "Roe, Rick at OTHERPO"], read.Members.Select(m => m.Raw));
        Assert.Equal([UnexpectedToken, OwnerMissing], reader.PersonalDataDiagnostics.Select(d => d.Code));
        Assert.Empty(reader.Diagnostics);
    }

    [Fact]
    public void An_address_book_cut_off_by_the_end_of_input_keeps_the_entries_read()
    {
        var (_, reader) = ReadAll(Latin1(FileHead + "Address book: 500\r\nOwner: Smith, Grover\r\nContents: 2\r\nEntry: Jane\r\nAddress: Doe, Jane\r\nEntry: Ri"));
        using var _ = reader;

        Assert.Equal(["Jane", "Ri"], Assert.Single(reader.PersonalData.AddressBooks).Entries.Select(e => e.Name));
        Assert.Contains(reader.PersonalDataDiagnostics, d => d.Code == SizeMismatch);
    }

    [Fact]
    public void The_writer_refuses_a_list_member_with_a_line_break()
    {
        using var writer = new ExportWriter(new MemoryStream());
        var list = new PersonalMailingList { Owner = "A", Name = "L", Members = [new CcAddress { Raw = "Doe,\r\nMessage: 1" }] };

        Assert.Throws<ArgumentException>(() => writer.WriteMailingList(list));
    }
}
