using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Sharding;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Comparison;

// Each check is run against a good output (no differences) and a deliberately broken copy of it.
public sealed class PersonalDataCheckTests
{
    private const string Manifest = """
        {"record":"header","format":"mailmig-fidelity/manifest@1","generator":"0.1.0","seed":1,"profile":"minimal","users":1,"messages":0,"faults":[],"faultRate":0,"postOffice":"FERGUSON","codePage":850,"timeZone":"UTC","outputs":["db8"]}
        {"record":"bulletinBoard","name":"Sales \"Hot\" Leads","messages":1,"faults":[]}
        {"record":"bulletinMessage","board":"Sales \"Hot\" Leads","index":1,"from":{"displayName":"Smith, Grover","type":"CCMAIL","address":"Smith, Grover at FERGUSON"},"subject":"Leads","date":"1996-01-15T08:05:00Z","dateLocal":"1996-01-15T08:05:00","body":"Call them.","faults":[]}
        {"record":"mailingList","mailbox":"Smith, Grover","name":"Team","members":[{"displayName":"Doe, Jane","type":"CCMAIL","address":"Doe, Jane at FERGUSON"},{"displayName":null,"type":"SMTP","address":"pat@example.com"}],"faults":[]}
        {"record":"addressBook","mailbox":"Smith, Grover","contacts":[{"name":"Pat Parkes","address":{"displayName":null,"type":"SMTP","address":"pat@example.com"}},{"name":"Doe, Jane","address":{"displayName":"Doe, Jane","type":"CCMAIL","address":"Doe, Jane at FERGUSON"}}],"blank":1,"faults":[]}
        """;

    private const string Contacts =
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Pat Parkes\r\nEMAIL:pat@example.com\r\nEND:VCARD\r\n" +
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Doe\\, Jane\r\nEMAIL:IMCEACCMAIL-Doe+2C+20Jane+20at+20FERGUSON@ferguson.cc\r\n mail.invalid\r\nEND:VCARD\r\n" +
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Team\r\nMEMBER:mailto:IMCEACCMAIL-Doe+2C+20Jane+20at+20FERGUSON@ferguson.ccmail.invalid\r\nMEMBER:mailto:pat@example.com\r\nEND:VCARD\r\n";

    private const string BoardMessage =
        "From: \"Smith, Grover\" <IMCEACCMAIL-Smith+2C+20Grover+20at+20FERGUSON@ferguson.ccmail.invalid>\r\nDate: Mon, 15 Jan 1996 08:05:00 +0000\r\nSubject: Leads\r\n" +
        "Message-ID: <1@x>\r\nX-MailMig-Bulletin-Board: Sales \"Hot\" Leads\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nCall them.\r\n";

    [Fact]
    public void A_faithful_output_of_boards_contacts_and_groups_has_no_difference()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Contacts, BoardMessage);

        Assert.Empty(PersonalDataCheck.Run(root, manifest));
    }

    [Fact]
    public void A_dropped_contact_is_a_contact_difference()
    {
        using var temp = new TempFolder();
        var dropped = Contacts.Replace("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Pat Parkes\r\nEMAIL:pat@example.com\r\nEND:VCARD\r\n", "", StringComparison.Ordinal);
        var (root, manifest) = Write(temp, dropped, BoardMessage);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.Contact, difference.Field);
        Assert.Equal("\"Pat Parkes\" <SMTP:pat@example.com>", difference.Expected.Full);
        Assert.Equal("(missing)", difference.Actual.Full);
    }

    [Fact]
    public void An_emptied_list_member_is_a_list_member_difference_naming_its_position()
    {
        using var temp = new TempFolder();
        var emptied = Contacts.Replace("MEMBER:mailto:IMCEACCMAIL-Doe+2C+20Jane+20at+20FERGUSON@ferguson.ccmail.invalid", "MEMBER:", StringComparison.Ordinal);
        var (root, manifest) = Write(temp, emptied, BoardMessage);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.ListMember, difference.Field);
        Assert.Equal("\"Team\" member 1", difference.Detail);
        Assert.Equal("<CCMAIL:Doe, Jane at FERGUSON>", difference.Expected.Full);
        Assert.Equal("(empty)", difference.Actual.Full);
    }

    [Fact]
    public void A_bulletin_board_message_dated_at_migration_time_is_a_date_difference()
    {
        using var temp = new TempFolder();
        var redated = BoardMessage.Replace("Mon, 15 Jan 1996 08:05:00 +0000", "Tue, 01 Dec 2026 02:30:00 +0000", StringComparison.Ordinal);
        var (root, manifest) = Write(temp, Contacts, redated);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.Date, difference.Field);
        Assert.Equal("1996-01-15T08:05:00Z", difference.Expected.Full);
        Assert.Equal("2026-12-01T02:30:00Z", difference.Actual.Full);
    }

    [Fact]
    public void A_blank_contact_made_from_a_blank_entry_is_an_unexpected_contact()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Contacts + "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:\r\nEND:VCARD\r\n", BoardMessage);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.Contact, difference.Field);
        Assert.StartsWith("a blank contact", difference.Actual.Full, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_bulletin_board_loses_each_of_its_messages()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Contacts, BoardMessage);
        Directory.Delete(Path.Combine(root, "%public"), recursive: true);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.Message, difference.Field);
        Assert.Equal(1, difference.Index);
        Assert.Equal("(missing)", difference.Actual.Full);
    }

    [Fact]
    public async Task A_fifo_in_place_of_the_contacts_file_or_a_board_message_is_named_as_malformed_and_never_opened()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Contacts, BoardMessage);
        var contacts = Path.Combine(root, "Smith, Grover", "%contacts.vcf");
        var message = Path.Combine(root, "%public", "Sales %22Hot%22 Leads", "000001.eml");
        File.Delete(contacts);
        File.Delete(message);
        SpecialFiles.Fifo(contacts);
        SpecialFiles.Fifo(message);

        var differences = await SpecialFiles.WithinSeconds(20, () => PersonalDataCheck.Run(root, manifest));

        Assert.Contains(differences, d => d.Field == TruthField.Malformed && d.OutputFile == "Smith, Grover/%contacts.vcf" && d.Actual.Full.Contains("not a regular file", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.Field == TruthField.Malformed && d.OutputFile == "%public/Sales %22Hot%22 Leads/000001.eml" && d.Actual.Full.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"name\":\"Team\"", "\"name\":null")]
    [InlineData("\"name\":\"Pat Parkes\"", "\"name\":null")]
    [InlineData("\"subject\":\"Leads\"", "\"subject\":null")]
    public void A_null_where_the_manifest_needs_a_text_is_a_diagnostic_not_an_exception(string member, string nulled)
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Contacts, BoardMessage);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(member, nulled, StringComparison.Ordinal));

        var differences = PersonalDataCheck.Run(root, manifest);

        Assert.NotEmpty(differences);
    }

    [Fact]
    public void A_shard_after_the_first_checks_no_personal_data_as_migrate_writes_it_with_the_first_shard_only()
    {
        using var temp = new TempFolder();
        var (_, manifest) = Write(temp, Contacts, BoardMessage);
        var partOutput = temp.Combine("part2");
        Directory.CreateDirectory(partOutput);
        using var records = ManifestIndex.Build(manifest);
        var mailboxes = new[] { new ManifestMailbox("Smith, Grover", 1), new ManifestMailbox("Doe, Jane", 1) };
        var part = (int p) => MailboxScope.For(mailboxes, new MailboxPartition(p, 2)).Restrict(records);

        var second = new FolderComparison().Compare(partOutput, null, part(2), null).Truth!;
        var first = new FolderComparison().Compare(partOutput, null, part(1), null).Truth!;

        Assert.DoesNotContain(second.Differences, d => d.Field is TruthField.Contact or TruthField.Message);
        Assert.Contains(first.Differences, d => d.Field == TruthField.Contact && d.Actual.Full == "(missing)");
    }

    private static (string Root, string Manifest) Write(TempFolder temp, string contacts, string boardMessage)
    {
        var root = temp.Combine("out");
        Directory.CreateDirectory(Path.Combine(root, "Smith, Grover"));
        File.WriteAllText(Path.Combine(root, "Smith, Grover", "%contacts.vcf"), contacts);
        var board = Path.Combine(root, "%public", "Sales %22Hot%22 Leads");
        Directory.CreateDirectory(board);
        File.WriteAllText(Path.Combine(board, "000001.eml"), boardMessage);
        var manifest = temp.Combine("manifest.jsonl");
        File.WriteAllText(manifest, Manifest.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        return (root, manifest);
    }
}
