using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public sealed class Exchange55TruthTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static List<OutputMessageBuilder> Messages(int count) =>
        Enumerable.Range(1, count).Select(i => OutputMessageBuilder.Numbered(i)).ToList();

    private TruthResult Check(IEnumerable<OutputMessageBuilder> output, IEnumerable<OutputMessageBuilder> expected, Action<System.Text.Json.Nodes.JsonObject>? edit = null)
    {
        var actual = _temp.Combine("actual");
        Exchange55Tree.Write(actual, output);
        var manifest = OutputTree.WriteManifest(_temp.Combine("manifest.jsonl"), expected, edit);
        return new TruthChecker().Check(actual, manifest);
    }

    [Fact]
    public void ASecondTextItemStoredWithCrLfInTheSecondaryFileMatchesTheManifestByteForByte()
    {
        var messages = Messages(2);
        messages[1].ExtraTexts.Add("Tyric will call you on Tuesday about launch.\r\n");

        var result = Check(messages, messages);

        Assert.Empty(result.Differences);
        Assert.Equal(FidelityGrade.Perfect, result.Run.Grade);
    }

    [Fact]
    public void ASecondTextItemThatLostItsCrIsStillADifference()
    {
        var expected = Messages(1);
        expected[0].ExtraTexts.Add("launch.\r\n");
        var output = Messages(1);
        output[0].ExtraTexts.Add("launch.\n");

        var result = Check(output, expected);

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("attachments", "text-2.txt"), (difference.Field, difference.Detail));
    }

    [Fact]
    public void AOneByteSubjectChangeIsReportedAsASubjectDifferenceNotAsMissingPlusUnexpected()
    {
        var output = Messages(3);
        output[1].Subject = "Message 3";

        var result = Check(output, Messages(3));

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("subject", 2, "\"Message 2\"", "\"Message 3\""), (difference.Field, difference.Index, difference.Expected.Full, difference.Actual.Full));
        Assert.Equal((3, 3), (result.Run.Expected, result.Run.Found));
    }

    [Fact]
    public void AMessageMovedToAnotherFolderIsReportedAsAFolderDifference()
    {
        var output = Messages(3);
        output[2].Folder = "Trash";

        var result = Check(output, Messages(3));

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("folder", 3), (difference.Field, difference.Index));
        Assert.Equal(FidelityGrade.Good, result.Run.Grade);
    }

    [Fact]
    public void AfterAReportedSkipTheNextRowIsStillPairedWithItsOwnRecord()
    {
        var expected = Messages(4);
        var output = Messages(4).Where(m => m.Index != 2).ToList();
        output[1].Subject += "!";
        OutputTree.WriteReport(_temp.Combine("actual"), skipped: [("Smith, Grover", 2, "date-unrecoverable")]);

        var result = Check(output, expected, r =>
        {
            if ((int)r["index"]! == 2)
            {
                r["outcome"] = "skipped";
                r["skipReason"] = "date-unrecoverable";
            }
        });

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("subject", 3), (difference.Field, difference.Index));
        Assert.Equal(1, result.Run.SkippedAsExpected);
    }

    [Fact]
    public void AMessageThatSharesNothingWithAnyRecordIsStillUnexpected()
    {
        var output = Messages(2);
        output.Add(new OutputMessageBuilder { Index = 3, Subject = "spam", From = TestAddress.Smtp(null, "x@spam.example"), Folder = "Spam", Body = "buy", Date = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero) });

        var result = Check(output, Messages(2));

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("message", "unexpected"), (difference.Field, difference.Detail));
    }
}
