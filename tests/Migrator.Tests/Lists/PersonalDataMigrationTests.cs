using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Migrator.Lists;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Lists;

public sealed class PersonalDataMigrationTests
{
    private static async Task<(MigrationReport Report, string Output)> Migrate(TempDirectory temp, params string[] faults)
    {
        PostOfficeGenerator.Generate(new GeneratorOptions { Profile = "minimal", Seed = 9, Users = 3, Messages = 12, Faults = faults }, Path.Combine(temp.Path, "gen"));
        var output = Path.Combine(temp.Path, "out");
        using var source = new Db8Source(Path.Combine(temp.Path, "gen", "po"));
        var report = await new MigrationEngine(source, new MigrationOptions { OutputDirectory = output, FlushToDisk = false }).RunAsync();
        return (report, output);
    }

    [Fact]
    public async Task A_personal_data_step_that_fails_is_an_error_in_a_complete_report_and_every_mailbox_stays_migrated()
    {
        using var temp = new TempDirectory();
        PostOfficeGenerator.Generate(new GeneratorOptions { Profile = "minimal", Seed = 9, Users = 3, Messages = 12, Faults = ["bulletin-board-date"] }, Path.Combine(temp.Path, "gen"));
        var output = Path.Combine(temp.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, BulletinBoardWriter.PublicSegment), "a file where the public folders go");
        using var source = new Db8Source(Path.Combine(temp.Path, "gen", "po"));

        var report = await new MigrationEngine(source, new MigrationOptions { OutputDirectory = output, FlushToDisk = false }).RunAsync();

        Assert.True(report.Complete);
        Assert.Equal(12, report.Totals.Migrated);
        Assert.Contains(report.Diagnostics, d => d.Severity == "error" && d.Code == MigrationEngine.PersonalDataFailedCode);
        Assert.False(report.EverythingMigrated);
        Assert.Contains("\"complete\": true", File.ReadAllText(Path.Combine(output, "migration-report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulletin_board_messages_keep_their_own_dates_in_public_folders()
    {
        using var temp = new TempDirectory();
        var (report, output) = await Migrate(temp, "bulletin-board-date");

        var board = Assert.Single(report.PersonalData!.BulletinBoards);
        Assert.Equal(board.Source, board.Migrated);
        var dates = Directory.GetFiles(Path.Combine(output, BulletinBoardWriter.PublicSegment, "General"), "*.eml")
            .Select(f => { using var m = MimeMessage.Load(f); return m.Date.Year; }).ToList();
        Assert.Contains(1996, dates);
        Assert.Contains(1999, dates);
        Assert.All(dates, y => Assert.InRange(y, 1996, 2001));
        Assert.Equal(12, report.Totals.Source);
    }

    [Fact]
    public async Task Blank_address_book_entries_make_no_contact_and_are_counted_in_the_report()
    {
        using var temp = new TempDirectory();
        var (report, output) = await Migrate(temp, "address-book-blank-contact");

        var contacts = report.PersonalData!.Contacts.Single(c => c.Blank > 0);
        Assert.Equal(2, contacts.Blank);
        var text = File.ReadAllText(Path.Combine(output, contacts.Path));
        Assert.Equal(contacts.Contacts + contacts.Groups, text.Split("BEGIN:VCARD").Length - 1);
        Assert.DoesNotContain("FN:\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("FN:   \r\n", text, StringComparison.Ordinal);
    }
}
