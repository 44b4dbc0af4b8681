using System.Text;
using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Comparison;

// The PAB section of an exchange55 output is checked against the manifest like the vCard file beside it;
// each check is run against a good output (no differences) and a deliberately broken copy of it.
public sealed class Exchange55PabCheckTests
{
    private const string Manifest = """
        {"record":"header","format":"mailmig-fidelity/manifest@1","generator":"0.1.0","seed":1,"profile":"minimal","users":1,"messages":0,"faults":[],"faultRate":0,"postOffice":"FERGUSON","codePage":850,"timeZone":"UTC","outputs":["db8"]}
        {"record":"mailingList","mailbox":"Smith, Grover","name":"Team","members":[{"displayName":"Doe, Jane","type":"CCMAIL","address":"Doe, Jane at FERGUSON"},{"displayName":null,"type":"SMTP","address":"pat@example.com"}],"faults":[]}
        {"record":"addressBook","mailbox":"Smith, Grover","contacts":[{"name":"Pat Parkes","address":{"displayName":null,"type":"SMTP","address":"pat@example.com"}},{"name":"Doe, Jane","address":{"displayName":"Doe, Jane","type":"CCMAIL","address":"Doe, Jane at FERGUSON"}}],"blank":1,"faults":[]}
        """;

    private const string Contacts =
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Pat Parkes\r\nEMAIL:pat@example.com\r\nEND:VCARD\r\n" +
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Doe\\, Jane\r\nEMAIL:IMCEACCMAIL-Doe+2C+20Jane+20at+20FERGUSON@ferguson.ccmail.invalid\r\nEND:VCARD\r\n" +
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Team\r\nMEMBER:mailto:IMCEACCMAIL-Doe+2C+20Jane+20at+20FERGUSON@ferguson.ccmail.invalid\r\nMEMBER:mailto:pat@example.com\r\nEND:VCARD\r\n";

    private const string PatRow = "Person,Pat Parkes,\"[SMTP:pat@example.com]\",,\"Met at COMDEX, 1997\"\r\n";

    private const string Pab =
        "PAB,\"Smith, Grover at FERGUSON\"\r\n" +
        "Obj-class,Display-Name,E-mail-Address,Members,Comment\r\n" +
        PatRow +
        "Person,\"Doe, Jane\",\"[CCMAIL:Doe, Jane at FERGUSON]\",,\r\n" +
        "Distribution list,Team,,\"Doe, Jane [CCMAIL:Doe, Jane at FERGUSON]\";\"[SMTP:pat@example.com]\",\r\n";

    private const string Messages =
        "MAILMESSAGE,\"Smith, Grover at FERGUSON\"\r\n" +
        "Folder,Sender,To,Cc,Bcc,Subject,Send-Date,Received-Date,Priority,Unread,Unsent,Body\r\n";

    [Fact]
    public void A_faithful_exchange55_output_with_a_PAB_section_has_no_difference()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Pab + Messages);

        Assert.Empty(PersonalDataCheck.Run(root, manifest));
    }

    [Fact]
    public void A_contact_dropped_from_the_PAB_section_is_a_contact_difference_in_the_primary_file()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Pab.Replace(PatRow, "", StringComparison.Ordinal) + Messages);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.Contact, difference.Field);
        Assert.Equal("Smith, Grover/MIGRATE.PRI", difference.OutputFile);
        Assert.Equal("\"Pat Parkes\" <SMTP:pat@example.com>", difference.Expected.Full);
        Assert.Equal("(missing)", difference.Actual.Full);
    }

    [Fact]
    public void An_emptied_member_in_the_PAB_section_is_a_list_member_difference_naming_its_position()
    {
        using var temp = new TempFolder();
        var emptied = Pab.Replace("\"Doe, Jane [CCMAIL:Doe, Jane at FERGUSON]\";", ";", StringComparison.Ordinal);
        var (root, manifest) = Write(temp, emptied + Messages);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.ListMember, difference.Field);
        Assert.Equal("Smith, Grover/MIGRATE.PRI", difference.OutputFile);
        Assert.Equal("\"Team\" member 1", difference.Detail);
        Assert.Equal("<CCMAIL:Doe, Jane at FERGUSON>", difference.Expected.Full);
        Assert.Equal("(empty)", difference.Actual.Full);
    }

    [Fact]
    public void An_exchange55_output_without_a_PAB_section_misses_every_contact_and_list()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Messages);

        var differences = PersonalDataCheck.Run(root, manifest);

        Assert.Equal(3, differences.Count);
        Assert.All(differences, d => Assert.Equal("(missing)", d.Actual.Full));
        Assert.Equal([TruthField.Contact, TruthField.Contact, TruthField.MailingList], differences.Select(d => d.Field));
    }

    [Fact]
    public void A_blank_person_row_is_an_unexpected_blank_contact()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Pab + "Person,,,,\r\n" + Messages);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.Contact, difference.Field);
        Assert.StartsWith("a blank contact", difference.Actual.Full, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PAB_row_of_an_unknown_class_is_named_as_malformed()
    {
        using var temp = new TempFolder();
        var (root, manifest) = Write(temp, Pab + "Mailbox,Someone,,,\r\n" + Messages);

        var difference = Assert.Single(PersonalDataCheck.Run(root, manifest));
        Assert.Equal(TruthField.Malformed, difference.Field);
        Assert.Contains("Mailbox", difference.Actual.Full, StringComparison.Ordinal);
    }

    private static (string Root, string Manifest) Write(TempFolder temp, string primary)
    {
        var root = temp.Combine("out");
        var folder = Path.Combine(root, "Smith, Grover");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "%contacts.vcf"), Contacts);
        File.WriteAllText(Path.Combine(folder, "MIGRATE.PKL"), "850\r\n\r\nMIGRATE.PRI\r\nMIGRATE.SEC\r\n", Encoding.ASCII);
        File.WriteAllBytes(Path.Combine(folder, "MIGRATE.PRI"), CodePagesEncodingProvider.Instance.GetEncoding(850)!.GetBytes(primary));
        File.WriteAllBytes(Path.Combine(folder, "MIGRATE.SEC"), []);
        var manifest = temp.Combine("manifest.jsonl");
        File.WriteAllText(manifest, Manifest.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        return (root, manifest);
    }
}
