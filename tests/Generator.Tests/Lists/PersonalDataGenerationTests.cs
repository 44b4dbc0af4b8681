using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Generator.Tests.Support;

namespace MailMig.Fidelity.Generator.Tests.Lists;

public sealed class PersonalDataGenerationTests
{
    [Fact]
    public void A_run_that_asks_for_no_personal_data_writes_no_personal_data_file_and_no_such_records()
    {
        using var temp = new TempFolder();
        PostOfficeGenerator.Generate(new GeneratorOptions { Profile = "minimal", Seed = 3, Users = 3, Messages = 12, Faults = ["read-status"] }, temp.Path);

        Assert.False(File.Exists(Path.Combine(temp.Path, "po", Db8PersonalDataLayout.File)));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(temp.Path, "export")).Length);
        Assert.DoesNotContain(File.ReadLines(Path.Combine(temp.Path, "manifest.jsonl")), l => l.Contains("\"record\":\"bulletin", StringComparison.Ordinal));
    }

    [Fact]
    public void Personal_data_is_the_same_bytes_on_every_run_and_reads_back_as_the_manifest_says()
    {
        using var temp = new TempFolder();
        var options = new GeneratorOptions { Profile = "realistic", Seed = 11, Users = 20, Messages = 60, Faults = [], PersonalData = true };
        PostOfficeGenerator.Generate(options, temp.Sub("a"));
        PostOfficeGenerator.Generate(options, temp.Sub("b"));

        var file = Path.Combine("po", Db8PersonalDataLayout.File);
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.Sub("a"), file)), File.ReadAllBytes(Path.Combine(temp.Sub("b"), file)));
        var read = Db8PersonalDataReader.Read(Path.Combine(temp.Sub("a"), "po"), ReadPostOfficeName(temp.Sub("a")), CodePage(temp.Sub("a")));
        Assert.Empty(read.Diagnostics);
        Assert.Equal(3, read.Data.BulletinBoards.Count);
        Assert.All(read.Data.BulletinBoards, b => Assert.InRange(b.Messages.Count, 2, 5));
        var manifest = File.ReadAllLines(Path.Combine(temp.Sub("a"), "manifest.jsonl"));
        Assert.Equal(read.Data.MailingLists.Count, manifest.Count(l => l.Contains("\"record\":\"mailingList\"", StringComparison.Ordinal)));
        Assert.Equal(read.Data.AddressBooks.Count, manifest.Count(l => l.Contains("\"record\":\"addressBook\"", StringComparison.Ordinal)));
        Assert.InRange(read.Data.MailingLists.Count, 1, 19);
        Assert.InRange(read.Data.AddressBooks.Count, 1, 20);
    }

    [Fact]
    public void The_personal_data_faults_are_located_at_their_record_in_the_personal_data_file()
    {
        using var temp = new TempFolder();
        PostOfficeGenerator.Generate(new GeneratorOptions
        {
            Profile = "minimal", Seed = 5, Users = 3, Messages = 12,
            Faults = ["bulletin-board-date", "bulletin-board-quote-in-name", "mailing-list-last-first", "address-book-smtp-entry", "address-book-blank-contact"],
        }, temp.Path);

        var text = File.ReadAllText(Path.Combine(temp.Path, "manifest.jsonl"));
        var located = System.Text.RegularExpressions.Regex.Matches(text, "\"file\":\"po/CCPOPD\\.00\",\"offset\":(\\d+)");
        var bytes = File.ReadAllBytes(Path.Combine(temp.Path, "po", Db8PersonalDataLayout.File));
        Assert.Equal(7, located.Count);
        foreach (System.Text.RegularExpressions.Match match in located)
        {
            var offset = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var tag = System.Text.Encoding.ASCII.GetString(bytes, offset, 4);
            Assert.Contains(tag, new[] { "BBRD", "BMSG", "PLST", "PABK" });
        }
    }

    private static string ReadPostOfficeName(string folder) => Field(folder, "postOffice");

    private static int CodePage(string folder) => int.Parse(Field(folder, "codePage"), System.Globalization.CultureInfo.InvariantCulture);

    private static string Field(string folder, string name)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "generation.json")));
        var value = json.RootElement.GetProperty(name);
        return value.ValueKind == System.Text.Json.JsonValueKind.Number ? value.GetRawText() : value.GetString()!;
    }

    [Fact]
    public void The_export_form_carries_the_same_boards_lists_and_address_books_as_the_db8_form()
    {
        using var temp = new TempFolder();
        PostOfficeGenerator.Generate(new GeneratorOptions
        {
            Profile = "minimal", Seed = 8, Users = 12, Messages = 30, PersonalData = true,
            Faults = ["lf-only-lines", "bulletin-board-quote-in-name", "mailing-list-last-first", "address-book-smtp-entry", "address-book-blank-contact"],
        }, temp.Path);

        var db8 = Db8PersonalDataReader.Read(Path.Combine(temp.Path, "po"), ReadPostOfficeName(temp.Path), CodePage(temp.Path)).Data;
        var export = new PersonalData();
        foreach (var file in Directory.GetFiles(Path.Combine(temp.Path, "export")).Order(StringComparer.Ordinal))
        {
            using var reader = ExportReader.Open(file);
            Assert.All(reader.ReadRecords(), r => Assert.NotNull(r.Message));
            Assert.Empty(reader.PersonalDataDiagnostics);
            export.BulletinBoards.AddRange(reader.PersonalData.BulletinBoards);
            export.MailingLists.AddRange(reader.PersonalData.MailingLists);
            export.AddressBooks.AddRange(reader.PersonalData.AddressBooks);
        }

        Assert.Equal(Describe(db8), Describe(export));
        Assert.NotEmpty(db8.BulletinBoards);
    }

    // Everything the migration uses of personal data, lists and books in owner order (the export form groups them by owner's file).
    private static string[] Describe(PersonalData data) =>
    [
        .. data.BulletinBoards.Select(b => $"board {b.Name}: " + string.Join(" | ", b.Messages.Select(m => $"{m.From?.Raw} {m.DateText} {m.Date:O} {m.Subject} {m.Folder} {m.Items.Count}"))),
        .. data.MailingLists.OrderBy(l => l.Owner, StringComparer.Ordinal).Select(l => $"list {l.Owner}/{l.Name}: " + string.Join(" | ", l.Members.Select(m => $"{m.Raw} {m.Kind} {m.PostOffice}"))),
        .. data.AddressBooks.OrderBy(b => b.Owner, StringComparer.Ordinal).Select(b => $"book {b.Owner}: " + string.Join(" | ", b.Entries.Select(e => $"{e.Name}/{e.Address?.Raw}/{e.Address?.Kind}/{e.Comment ?? "(none)"}"))),
    ];
}
