using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Tests.Db8;

public sealed class Db8PersonalDataTests
{
    private static readonly AddressParserOptions Options = new() { DefaultPostOffice = "FERGUSON" };

    private static PersonalData Sample() => new()
    {
        BulletinBoards =
        [
            new BulletinBoard
            {
                Name = "Sales \"Hot\" Leads",
                Messages =
                [
                    new CcMessage { From = AddressParser.Parse("Smith, Grover at FERGUSON", Options), DateText = "1/15/96 9:05 AM", Date = new DateTime(1996, 1, 15, 9, 5, 0), Subject = "Leads", Folder = "Sales \"Hot\" Leads", Items = [new TextItem { Text = "Call them.\r\n" }] },
                    new CcMessage { DateText = "12/31/99 11:59 PM", Date = new DateTime(1999, 12, 31, 23, 59, 0), Subject = "Year end", Folder = "Sales \"Hot\" Leads" },
                ],
            },
        ],
        MailingLists = [new PersonalMailingList { Owner = "Smith, Grover", Name = "Team", Members = [AddressParser.Parse("Doe, Jane", Options), AddressParser.Parse("Roe, Rick at OTHERPO", Options)] }],
        AddressBooks =
        [
            new PersonalAddressBook
            {
                Owner = "Smith, Grover",
                Entries = [new AddressBookEntry { Name = "Jane", Address = AddressParser.Parse("jdoe@example.com at SMTPLINK", Options), Comment = "home" }, new AddressBookEntry()],
            },
        ],
    };

    [Fact]
    public void Boards_lists_and_address_books_read_back_as_written()
    {
        using var dir = new TempDirectory();
        var offsets = Db8PersonalDataWriter.Write(dir.Path, Sample(), 850);
        var result = Db8PersonalDataReader.Read(dir.Path, "FERGUSON", 850);

        Assert.Empty(result.Diagnostics);
        var board = Assert.Single(result.Data.BulletinBoards);
        Assert.Equal("Sales \"Hot\" Leads", board.Name);
        Assert.Equal(["Leads", "Year end"], board.Messages.Select(m => m.Subject));
        Assert.Equal(new DateTime(1999, 12, 31, 23, 59, 0), board.Messages[1].Date);
        Assert.Equal(2, offsets.BoardMessages[0].Count);
        var list = Assert.Single(result.Data.MailingLists);
        Assert.Equal(["Doe, Jane", "Roe, Rick at OTHERPO"], list.Members.Select(m => m.Raw));
        Assert.Equal("FERGUSON", list.Members[0].PostOffice);
        var book = Assert.Single(result.Data.AddressBooks);
        Assert.Equal("jdoe@example.com at SMTPLINK", book.Entries[0].Address!.Raw);
        Assert.True(book.Entries[1].IsBlank);
    }

    [Fact]
    public void A_post_office_without_personal_data_gets_no_file_and_reads_as_empty()
    {
        using var dir = new TempDirectory();
        Db8PersonalDataWriter.Write(dir.Path, new PersonalData(), 850);

        Assert.False(File.Exists(Path.Combine(dir.Path, Db8PersonalDataLayout.File)));
        Assert.True(Db8PersonalDataReader.Read(dir.Path, "FERGUSON", 850).Data.IsEmpty);
    }

    [Fact]
    public void A_damaged_list_record_is_dropped_with_a_diagnostic_and_the_others_survive()
    {
        using var dir = new TempDirectory();
        var offsets = Db8PersonalDataWriter.Write(dir.Path, Sample(), 850);
        var path = Path.Combine(dir.Path, Db8PersonalDataLayout.File);
        var bytes = File.ReadAllBytes(path);
        bytes[offsets.MailingLists[0] + Db8Layout.RecordHeaderSize + 2] ^= 0x55;
        File.WriteAllBytes(path, bytes);

        var result = Db8PersonalDataReader.Read(dir.Path, "FERGUSON", 850);

        Assert.Empty(result.Data.MailingLists);
        Assert.Single(result.Data.AddressBooks);
        Assert.Equal(2, result.Data.BulletinBoards[0].Messages.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == Db8DiagnosticCodes.BadChecksum && d.Offset == offsets.MailingLists[0]);
    }
}
