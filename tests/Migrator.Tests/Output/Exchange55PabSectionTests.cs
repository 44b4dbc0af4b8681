using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Lists;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Output;

// The PAB section of MIGRATE.PRI (docs/formats/exchange55.md): an owner's address book and mailing lists.
public sealed class Exchange55PabSectionTests
{
    private const string PabLine = "PAB,\"Smith, Grover at FERGUSON\"";

    private static PersonalData Data(string owner = "Smith, Grover") => new()
    {
        AddressBooks =
        [
            new PersonalAddressBook
            {
                Owner = owner,
                Entries =
                [
                    new AddressBookEntry { Name = "Pat Parkes", Address = TestAddresses.Smtp("pat@example.com"), Comment = "Met at COMDEX, 1997" },
                    new AddressBookEntry { Name = "   " },
                    new AddressBookEntry { Name = "Doe, Jane", Address = TestAddresses.Native("Doe, Jane", "FERGUSON") },
                ],
            },
        ],
        MailingLists =
        [
            new PersonalMailingList { Owner = owner, Name = "Team", Members = [TestAddresses.NameOnly("Doe, Jane"), TestAddresses.Smtp("pat@example.com")] },
        ],
    };

    private static readonly string[] ExpectedSection =
    [
        PabLine,
        Exchange55PabSection.Header,
        "Person,Pat Parkes,\"[SMTP:pat@example.com]\",,\"Met at COMDEX, 1997\"",
        "Person,\"Doe, Jane\",\"[CCMAIL:Doe, Jane at FERGUSON]\",,",
        "Distribution list,Team,,\"Doe, Jane [CCMAIL:Doe, Jane at FERGUSON]\";\"[SMTP:pat@example.com]\",",
    ];

    private static void RunPersonalData(string output, PersonalData data, params string[] mailboxes) =>
        PersonalDataMigration.Run(data, output, mailboxes.ToDictionary(m => m, m => m), "FERGUSON",
            new AddressMapper("ferguson.ccmail.invalid", "FERGUSON"), new DateConverter(TimeZoneInfo.Utc), flush: false, exchange55CodePage: 850);

    private static string[] Primary(string directory, int codePage = 850) =>
        CodePages.Get(codePage).GetString(File.ReadAllBytes(Path.Combine(directory, "MIGRATE.PRI"))).Split("\r\n");

    [Fact]
    public void An_owners_address_book_and_lists_become_a_PAB_section_before_the_MAILMESSAGE_section()
    {
        using var output = new TempDirectory();
        var office = TestMessages.Office("UTC", TestMessages.Mailbox("Smith, Grover", TestMessages.Simple("hello")));
        Migrating.Run(office, output.Path, OutputTarget.Exchange55);
        var before = Primary(output.Combine("Smith, Grover"));

        RunPersonalData(output.Path, Data(), "Smith, Grover");

        var primary = Primary(output.Combine("Smith, Grover"));
        Assert.Equal(ExpectedSection, primary[..5]);
        Assert.Equal(before, primary[5..]);
        Assert.StartsWith("MAILMESSAGE,", primary[5], StringComparison.Ordinal);
        Assert.EndsWith(",#MIGRATE.SEC(50)", primary[7], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mailbox_with_personal_data_and_no_messages_gets_a_PAB_section_and_no_MAILMESSAGE_section()
    {
        using var output = new TempDirectory();
        Migrating.Run(TestMessages.Office("UTC", TestMessages.Mailbox("Smith, Grover")), output.Path, OutputTarget.Exchange55);

        RunPersonalData(output.Path, Data(), "Smith, Grover");

        var directory = output.Combine("Smith, Grover");
        Assert.Equal([.. ExpectedSection, ""], Primary(directory));
        Assert.Empty(File.ReadAllBytes(Path.Combine(directory, "MIGRATE.SEC")));
        Assert.Equal("850\r\n\r\nMIGRATE.PRI\r\nMIGRATE.SEC\r\n", File.ReadAllText(Path.Combine(directory, "MIGRATE.PKL")));
    }

    [Fact]
    public void An_owner_whose_mailbox_was_not_migrated_gets_a_file_set_of_its_own_beside_the_vcard_file()
    {
        using var output = new TempDirectory();

        RunPersonalData(output.Path, Data());

        var directory = output.Combine("Smith, Grover");
        Assert.Equal([.. ExpectedSection, ""], Primary(directory));
        Assert.True(File.Exists(Path.Combine(directory, "MIGRATE.PKL")));
        Assert.True(File.Exists(Path.Combine(directory, "MIGRATE.SEC")));
        Assert.True(File.Exists(Path.Combine(directory, PersonalDataMigration.ContactsFile)));
        Assert.Empty(Directory.GetFiles(directory, "*.tmp"));
    }

    [Fact]
    public void Running_the_personal_data_step_twice_replaces_the_PAB_section_instead_of_adding_a_second()
    {
        using var output = new TempDirectory();
        Migrating.Run(TestMessages.Office("UTC", TestMessages.Mailbox("Smith, Grover", TestMessages.Simple("hello"))), output.Path, OutputTarget.Exchange55);
        RunPersonalData(output.Path, Data(), "Smith, Grover");
        var once = File.ReadAllBytes(output.Combine("Smith, Grover", "MIGRATE.PRI"));

        RunPersonalData(output.Path, Data(), "Smith, Grover");

        Assert.Equal(once, File.ReadAllBytes(output.Combine("Smith, Grover", "MIGRATE.PRI")));
        Assert.Single(Primary(output.Combine("Smith, Grover")), l => l == PabLine);
    }

    [Fact]
    public async Task Rerunning_an_exchange55_migration_with_personal_data_into_the_same_output_gives_the_same_tree()
    {
        using var temp = new TempDirectory();
        PostOfficeGenerator.Generate(new GeneratorOptions { Profile = "minimal", Seed = 9, Users = 3, Messages = 12, Faults = ["mailing-list-last-first"] }, temp.Combine("gen"));
        var output = temp.Combine("out");
        var options = new MigrationOptions { OutputDirectory = output, FlushToDisk = false, Target = OutputTarget.Exchange55 };
        using (var source = new Db8Source(temp.Combine("gen", "po")))
        {
            await new MigrationEngine(source, options).RunAsync();
        }

        var first = Migrating.Tree(output, withReport: true);
        using (var source = new Db8Source(temp.Combine("gen", "po")))
        {
            await new MigrationEngine(source, options).RunAsync();
        }

        Assert.Equal(first, Migrating.Tree(output, withReport: true));
        Assert.Contains(first, f => f.Key.EndsWith("MIGRATE.PRI", StringComparison.Ordinal) && f.Value.AsSpan().StartsWith("PAB,"u8));
    }

    [Fact]
    public void Other_targets_get_no_PAB_section()
    {
        using var output = new TempDirectory();

        PersonalDataMigration.Run(Data(), output.Path, new Dictionary<string, string>(), "FERGUSON",
            new AddressMapper("ferguson.ccmail.invalid", "FERGUSON"), new DateConverter(TimeZoneInfo.Utc), flush: false);

        Assert.Equal([PersonalDataMigration.ContactsFile], Directory.GetFiles(output.Combine("Smith, Grover")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_generated_post_office_migrated_to_exchange55_has_a_PAB_row_for_every_contact_and_group_and_none_for_blank_entries()
    {
        using var temp = new TempDirectory();
        PostOfficeGenerator.Generate(new GeneratorOptions
        {
            Profile = "minimal", Seed = 9, Users = 3, Messages = 12,
            Faults = ["mailing-list-last-first", "address-book-smtp-entry", "address-book-blank-contact"],
        }, temp.Combine("gen"));
        using var source = new Db8Source(temp.Combine("gen", "po"));
        var output = temp.Combine("out");
        var report = await new MigrationEngine(source, new MigrationOptions { OutputDirectory = output, FlushToDisk = false, Target = OutputTarget.Exchange55 }).RunAsync();

        Assert.Contains(report.PersonalData!.Contacts, c => c.Blank > 0);
        var all = new List<IReadOnlyList<string>>();
        foreach (var contacts in report.PersonalData!.Contacts)
        {
            var directory = Path.Combine(output, Path.GetDirectoryName(contacts.Path)!);
            var codePage = int.Parse(File.ReadAllLines(Path.Combine(directory, "MIGRATE.PKL"))[0], System.Globalization.CultureInfo.InvariantCulture);
            var rows = Primary(directory, codePage).TakeWhile(l => !l.StartsWith("MAILMESSAGE", StringComparison.Ordinal) && l.Length > 0).Skip(2).Select(Exchange55Csv.ParseLine).ToList();
            Assert.Equal(contacts.Contacts, rows.Count(r => r[0] == "Person"));
            Assert.Equal(contacts.Groups, rows.Count(r => r[0] == "Distribution list"));
            Assert.DoesNotContain(rows, r => r[1].Trim().Length == 0 && r[2].Length == 0 && r[3].Length == 0);
            Assert.True(File.Exists(Path.Combine(output, contacts.Path)));
            all.AddRange(rows);
        }

        Assert.Contains(all, r => r[0] == "Person" && r[2].StartsWith("[SMTP:", StringComparison.Ordinal));
    }
}
