using System.Text;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

/*
 * Pins how the personal-data records are found in a manifest (line numbers of bad records, line
 * ends, byte-order marks, invalid UTF-8), so that reading them from raw bytes changes nothing.
 */

public sealed class PersonalDataTruthReadTests
{
    private static readonly string[] Lines =
    [
        """{"record":"header","format":"mailmig-fidelity/manifest@1"}""",
        """{"record":"bulletinBoard","name":"Sales","messages":1,"faults":[]}""",
        """{"record":"message","mailbox":"M","index":1,"body":"\"record\":\"addressBook\" is text here"}""",
        """{"record":"bulletinMessage","board":"Sales","index":1,"subject":"Leads","date":"yesterday","body":"b"}""",
        """{"record":"mailingList","mailbox":"Smith, Grover","name":"T#am","members":[{"displayName":null,"type":"SMTP","address":"pat@example.com"}],"faults":[]}""",
        "",
        """{not json "record":"addressBook" """,
        """{"record":"addressBook","mailbox":"Smith, Grover","contacts":[],"faults":[]}""",
    ];

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\r", true)]
    public void PersonalDataRecordsAreFoundByLineWithTheirProblems(string lineEnd, bool bom)
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        var bytes = Encoding.UTF8.GetBytes(string.Join(lineEnd, Lines) + lineEnd).Select(b => b == (byte)'#' ? (byte)0xFF : b);
        File.WriteAllBytes(path, [.. (bom ? (byte[])[0xEF, 0xBB, 0xBF] : []), .. bytes]);

        var truth = PersonalDataTruth.Read(path);

        Assert.Equal(("Sales", 0, 0), (string.Join(",", truth.Boards), truth.BoardMessages.Count, truth.AddressBooks.Count));
        Assert.Equal("T\uFFFDam", Assert.Single(truth.MailingLists).Name);
        Assert.Equal([
            path + ":4: The given key was not present in the dictionary.",
            path + ":7: 'n' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.",
            path + ":8: The given key was not present in the dictionary."],
            truth.Problems);
    }

    [Fact]
    public void AUtf16ManifestIsDecodedWholeAsBefore()
    {
        using var temp = new TempFolder();
        var path = temp.Combine("manifest.jsonl");
        File.WriteAllText(path, string.Join('\n', Lines), Encoding.Unicode);

        var truth = PersonalDataTruth.Read(path);

        Assert.Equal(("Sales", 1, 0, 3), (string.Join(",", truth.Boards), truth.MailingLists.Count, truth.AddressBooks.Count, truth.Problems.Count));
    }
}
