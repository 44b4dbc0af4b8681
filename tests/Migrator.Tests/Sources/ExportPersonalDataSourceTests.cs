using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Migrator.Lists;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Sources;

/*
 * The export form of a post office with personal data carries it too: each mailbox's file its owner's
 * mailing lists and address book, one post-office export file the bulletin boards. Migrating every
 * export file must give the same public folders and contact files as migrating the DB8 store.
 */
public sealed class ExportPersonalDataSourceTests
{
    private const string TimeZone = "America/New_York";

    private static readonly string[] PersonalFaults =
        ["bulletin-board-date", "bulletin-board-quote-in-name", "mailing-list-last-first", "address-book-smtp-entry", "address-book-blank-contact"];

    private static async Task Migrate(IMigrationSource source, string output) =>
        await new MigrationEngine(source, new MigrationOptions { OutputDirectory = output, FlushToDisk = false }).RunAsync();

    // Every public-folder file and every contacts file under the outputs, by path relative to its output folder.
    private static SortedDictionary<string, byte[]> PersonalOutputs(IEnumerable<string> outputs)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(output, file).Replace('\\', '/');
                if (relative.StartsWith(BulletinBoardWriter.PublicSegment + "/", StringComparison.Ordinal) || Path.GetFileName(file) == PersonalDataMigration.ContactsFile)
                {
                    Assert.True(files.TryAdd(relative, File.ReadAllBytes(file)), $"{relative} is written by two export files");
                }
            }
        }

        return files;
    }

    [Fact]
    public async Task The_export_form_migrates_to_the_same_public_folders_and_contacts_as_the_db8_form()
    {
        using var temp = new TempDirectory();
        var generated = temp.Combine("gen");
        PostOfficeGenerator.Generate(new GeneratorOptions { Profile = "minimal", Seed = 23, Users = 12, Messages = 24, Faults = PersonalFaults, PersonalData = true, TimeZoneId = TimeZone }, generated);
        using (var db8 = new Db8Source(Path.Combine(generated, "po")))
        {
            await Migrate(db8, temp.Combine("db8"));
        }

        var outputs = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(generated, "export")).Order(StringComparer.Ordinal))
        {
            outputs.Add(temp.Combine("export", outputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            using var source = MigrationSources.Open(file, TimeZone);
            await Migrate(source, outputs[^1]);
        }

        var expected = PersonalOutputs([temp.Combine("db8")]);
        var actual = PersonalOutputs(outputs);
        Assert.Contains(expected.Keys, k => k.StartsWith(BulletinBoardWriter.PublicSegment, StringComparison.Ordinal));
        Assert.Contains(expected.Keys, k => k.EndsWith(PersonalDataMigration.ContactsFile, StringComparison.Ordinal));
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, e => Assert.True(e.Value.AsSpan().SequenceEqual(actual[e.Key]), $"{e.Key} differs"));
    }

    [Fact]
    public void A_post_office_export_of_bulletin_boards_holds_no_mailbox_and_provides_its_boards()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("boards.txt");
        using (var writer = new ExportWriter(File.Create(path)))
        {
            writer.WriteHeader(new ExportFileHeader { PostOffice = TestMessages.PostOffice });
            writer.WriteBulletinBoard(new BulletinBoard { Name = "General", Messages = [new CcMessage { Subject = "Hello", DateText = "1/15/96 9:05 AM", Folder = "General" }] });
        }

        using var source = MigrationSources.Open(path, TimeZone);
        var (data, diagnostics) = Assert.IsAssignableFrom<IPersonalDataSource>(source).ReadPersonalData();

        Assert.Empty(source.Mailboxes);
        Assert.Empty(diagnostics);
        Assert.Equal("Hello", Assert.Single(Assert.Single(data.BulletinBoards).Messages).Subject);
    }
}
