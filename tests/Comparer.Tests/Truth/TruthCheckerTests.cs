using System.Text.Json.Nodes;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Truth;

public sealed class TruthCheckerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Actual => _temp.Combine("actual");

    private string ManifestPath => _temp.Combine("manifest.jsonl");

    private static OutputMessageBuilder Rich(int index, string mailbox = "Smith, Grover")
    {
        var message = OutputMessageBuilder.Numbered(index, mailbox);
        message.ReceiptTo = TestAddress.Smtp(null, "grover@ferguson.example");
        message.Bcc.Add(TestAddress.X400("Paris User", "c=US;a= ;p=MS;o=PARIS;s=user;"));
        message.Attachments.Add(new TestAttachment("REPORT.XLS", [1, 2, 3]));
        message.ExtraTexts.Add("second text\n");
        var forwarded = new OutputMessageBuilder { Subject = "inner", Body = "inner body" };
        forwarded.Attachments.Add(new TestAttachment("inner.bin", [9, 9]));
        message.Forwarded.Add(forwarded);
        message.Priority = "high";
        message.Read = true;
        message.Folder = "Projects\\2024";
        return message;
    }

    private TruthResult Check(IEnumerable<OutputMessageBuilder> output, IEnumerable<OutputMessageBuilder> expected, Action<JsonObject>? edit = null)
    {
        OutputTree.WriteEml(Actual, output);
        OutputTree.WriteManifest(ManifestPath, expected, edit);
        return new TruthChecker().Check(Actual, ManifestPath);
    }

    [Fact]
    public void OutputThatMatchesTheManifestIsPerfect()
    {
        var messages = new[] { Rich(1), Rich(2), Rich(1, "Doe, Jane"), Mutations.Baseline(3) };

        var result = Check(messages, messages);

        Assert.Empty(result.Differences);
        Assert.Equal(FidelityGrade.Perfect, result.Run.Grade);
        Assert.All(result.Mailboxes, m => Assert.Equal(FidelityGrade.Perfect, m.Grade));
        Assert.All(result.Fields, f => Assert.Equal((4, 4), (f.Checked, f.Matched)));
        Assert.Equal((4, 4), (result.Run.Expected, result.Run.Found));
    }

    public static TheoryData<string> Kinds() => new(KindsOfDifference.Keys);

    private static readonly Dictionary<string, (Action<OutputMessageBuilder> Apply, string Field, string? Detail)> KindsOfDifference = new()
    {
        ["sender"] = (m => m.From = TestAddress.CcMail("Someone, Else", "FERGUSON"), "sender", "from"),
        ["lost recipient"] = (m => m.To.RemoveAt(1), "recipients", "to"),
        ["recipient type"] = (m => m.To[1] = TestAddress.Smtp("Guy Good", "guygood"), "recipients", "to"),
        ["lost bcc"] = (m => m.Bcc.Clear(), "recipients", "bcc"),
        ["subject"] = (m => m.Subject += "!", "subject", null),
        ["date"] = (m => m.Date = m.Date!.Value.AddHours(1), "date", "utc"),
        ["local time"] = (m => m.Date = m.Date!.Value.ToOffset(TimeSpan.FromHours(-4)), "date", "local time"),
        ["body"] = (m => m.Body = m.Body.Replace("numbers", "Numbers", StringComparison.Ordinal), "body", "first difference at line 3, column 5"),
        ["attachment byte"] = (m => m.Attachments[0] = m.Attachments[0] with { Bytes = [1, 2, 4] }, "attachments", "REPORT.XLS"),
        ["lost attachment"] = (m => m.Attachments.Clear(), "attachments", "REPORT.XLS"),
        ["attachment date"] = (m => m.Attachments[0] = m.Attachments[0] with { Date = "1998-11-15T09:12:00" }, "attachments", "REPORT.XLS date"),
        ["second text"] = (m => m.ExtraTexts[0] = "second text changed\n", "attachments", "text-2.txt"),
        ["forwarded subject"] = (m => m.Forwarded[0].Subject = "other", "subject", "forwarded[1]"),
        ["forwarded attachment"] = (m => m.Forwarded[0].Attachments.Clear(), "attachments", "forwarded[1].inner.bin"),
        ["lost forwarded"] = (m => m.Forwarded.Clear(), "forwarded", "forwarded[1]"),
        ["folder"] = (m => m.Folder = "Trash", "folder", "X-MailMig-Folder"),
        ["read"] = (m => m.Read = false, "read", null),
        ["priority"] = (m => m.Priority = "low", "priority", "Importance: low, X-Priority: 5"),
        ["receipt"] = (m => m.ReceiptTo = null, "receipt", "Disposition-Notification-To"),
        ["repairs"] = (m => m.Repairs.Add("date-invalid-clamped"), "repairs", null),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EachKindOfDifferenceIsFoundWithItsLocation(string kind)
    {
        var expected = new[] { Rich(1), Rich(2) };
        var output = new[] { Rich(1), Rich(2) };
        var (apply, field, detail) = KindsOfDifference[kind];
        apply(output[1]);

        var result = Check(output, expected);

        var difference = Assert.Single(result.Differences, d => d.Detail == detail);
        Assert.Equal(field, difference.Field);
        Assert.Equal(("Smith, Grover", 2), (difference.Mailbox, difference.Index));
        Assert.Equal(output[1].RelativePath, difference.OutputFile);
        Assert.NotEqual(FidelityGrade.Perfect, result.Run.Grade);
        Assert.Equal(1, result.Fields.Single(f => f.Field == field).Checked - result.Fields.Single(f => f.Field == field).Matched);
    }

    [Fact]
    public void AMessageFiledInTheWrongFolderDirectoryIsAFolderDifference()
    {
        var output = Rich(1);
        OutputTree.WriteManifest(ManifestPath, [output]);
        var wrongPlace = Path.Combine(Actual, "Smith, Grover", "Inbox", "000001.eml");
        Directory.CreateDirectory(Path.GetDirectoryName(wrongPlace)!);
        File.WriteAllBytes(wrongPlace, output.ToBytes());

        var result = new TruthChecker().Check(Actual, ManifestPath);

        var difference = Assert.Single(result.Differences);
        Assert.Equal(("folder", "path Smith, Grover/Inbox/000001.eml", "\"Projects\\\\2024\"", "\"Inbox\""),
            (difference.Field, difference.Detail, difference.Expected.Full, difference.Actual.Full));
        Assert.Equal(FidelityGrade.Good, result.Run.Grade);
    }

    [Fact]
    public void OnlyMetadataDifferencesGradeGood()
    {
        var output = Enumerable.Range(1, 10).Select(i => Rich(i)).ToList();
        foreach (var message in output)
        {
            message.Read = false;
            message.Priority = "normal";
        }

        var result = Check(output, Enumerable.Range(1, 10).Select(i => Rich(i)));

        Assert.Equal(20, result.Differences.Count);
        Assert.All(result.Differences, d => Assert.Equal(DifferenceClass.Metadata, d.Class));
        Assert.Equal(FidelityGrade.Good, result.Run.Grade);
    }

    [Theory]
    [InlineData(100, 1, FidelityGrade.Investigate)]
    [InlineData(100, 2, FidelityGrade.Poor)]
    [InlineData(99, 1, FidelityGrade.Poor)]
    [InlineData(200, 2, FidelityGrade.Investigate)]
    public void UserDataLossIsGradedAtTheOnePercentBoundary(int messages, int lost, FidelityGrade grade)
    {
        var expected = Enumerable.Range(1, messages).Select(i => OutputMessageBuilder.Numbered(i)).ToList();
        var output = Enumerable.Range(1, messages).Select(i => OutputMessageBuilder.Numbered(i)).ToList();
        for (var i = 0; i < lost; i++)
        {
            output[i * 3].Body = "lost";
        }

        var result = Check(output, expected);

        Assert.Equal(grade, result.Run.Grade);
        Assert.Equal(lost, result.Run.MessagesWithUserDataLoss);
    }

    [Fact]
    public void MailboxesAreGradedEachAndTheRunAsAWhole()
    {
        var big = Enumerable.Range(1, 100).Select(i => OutputMessageBuilder.Numbered(i, "Big")).ToList();
        var small = Enumerable.Range(1, 10).Select(i => OutputMessageBuilder.Numbered(i, "Small")).ToList();
        var expected = big.Concat(small).Select(m => OutputMessageBuilder.Numbered(m.Index, m.Mailbox)).ToList();
        big[0].Subject = "lost";
        small[0].Read = true;

        var result = Check(big.Concat(small), expected);

        Assert.Equal(FidelityGrade.Investigate, result.Mailboxes.Single(m => m.Name == "Big").Grade);
        Assert.Equal(FidelityGrade.Good, result.Mailboxes.Single(m => m.Name == "Small").Grade);
        Assert.Equal(FidelityGrade.Investigate, result.Run.Grade);
    }

    [Fact]
    public void AMissingMessageIsUserDataLost()
    {
        var result = Check([Rich(1)], [Rich(1), Rich(2)]);

        var difference = Assert.Single(result.Differences);
        Assert.Equal((TruthField.Message, 2, (string?)null, "(missing)"), (difference.Field, difference.Index, difference.OutputFile, difference.Actual.Full));
        Assert.Equal(FidelityGrade.Poor, result.Run.Grade);
    }

    [Fact]
    public void AnUnexpectedMessageIsADifference()
    {
        var result = Check([Rich(1), Rich(2)], [Rich(1)]);

        var difference = Assert.Single(result.Differences);
        Assert.Equal((TruthField.Message, "unexpected", (int?)null), (difference.Field, difference.Detail, difference.Index));
        Assert.Equal(Rich(2).RelativePath, difference.OutputFile);
    }

    [Fact]
    public void ASkipTheManifestExpectsWithItsReasonIsCorrect()
    {
        OutputTree.WriteReport(Actual, skipped: [("Smith, Grover", 2, "db8-truncated")]);

        var result = Check([Rich(1)], [Rich(1), Rich(2)], SkipIndex2("db8-truncated"));

        Assert.Empty(result.Differences);
        Assert.Equal(1, result.Run.SkippedAsExpected);
        Assert.Equal(FidelityGrade.Perfect, result.Run.Grade);
    }

    [Fact]
    public void ASkipWithAnotherReasonIsAWrongOutcome()
    {
        OutputTree.WriteReport(Actual, skipped: [("Smith, Grover", 2, "unexpected-error")]);

        var result = Check([Rich(1)], [Rich(1), Rich(2)], SkipIndex2("db8-truncated"));

        var difference = Assert.Single(result.Differences);
        Assert.Equal((TruthField.Outcome, DifferenceClass.Report), (difference.Field, difference.Class));
        Assert.Equal(FidelityGrade.Good, result.Run.Grade);
    }

    [Fact]
    public void AnExpectedSkipThatIsMigratedAnywayIsAWrongOutcome()
    {
        var result = Check([Rich(1), Rich(2)], [Rich(1), Rich(2)], SkipIndex2("db8-truncated"));

        var difference = Assert.Single(result.Differences);
        Assert.Equal((TruthField.Outcome, "migrated"), (difference.Field, difference.Actual.Full));
    }

    [Fact]
    public void SkippingAMessageTheManifestSaysToMigrateIsUserDataLost()
    {
        OutputTree.WriteReport(Actual, skipped: [("Smith, Grover", 2, "watchdog-timeout")]);

        var result = Check([Rich(1)], [Rich(1), Rich(2)]);

        var difference = Assert.Single(result.Differences);
        Assert.Equal((TruthField.Message, DifferenceClass.UserData), (difference.Field, difference.Class));
        Assert.StartsWith("skipped (watchdog-timeout)", difference.Actual.Full);
        Assert.Equal(FidelityGrade.Poor, result.Run.Grade);
    }

    [Fact]
    public void RepairsAreComparedWithTheManifestAndTakenFromTheReportWhenTheHeaderIsMissing()
    {
        var expected = Rich(1);
        expected.Repairs.Add("date-invalid-clamped");
        OutputTree.WriteReport(Actual, repaired: [("Smith, Grover", 1, ["date-invalid-clamped"])]);

        var fromReport = Check([Rich(1)], [expected]);

        Assert.Empty(fromReport.Differences);
    }

    [Fact]
    public void AMissingRepairIsAReportDifference()
    {
        var expected = Rich(1);
        expected.Repairs.Add("attachment-name-made-safe");

        var result = Check([Rich(1)], [expected]);

        var difference = Assert.Single(result.Differences);
        Assert.Equal((TruthField.Repairs, "attachment-name-made-safe", "(none)"), (difference.Field, difference.Expected.Full, difference.Actual.Full));
        Assert.Equal(FidelityGrade.Good, result.Run.Grade);
    }

    [Fact]
    public void MessagesWithoutIndexHeadersWithAChangedSubjectArePairedAndReportedAsASubjectDifference()
    {
        var output = new[] { Rich(1), Rich(2) };
        foreach (var message in output)
        {
            message.WriteIndexHeaders = false;
        }

        output[1].Subject = "changed";

        var result = Check(output, [Rich(1), Rich(2)]);

        var difference = Assert.Single(result.Differences);
        Assert.Equal((TruthField.Subject, 2), (difference.Field, difference.Index));
        Assert.Equal(2, result.Fields.Single(f => f.Field == TruthField.Subject).Checked);
    }

    [Fact]
    public void AMovedMessageWithoutIndexHeadersIsOneFolderDifference()
    {
        var output = new[] { Rich(1), Rich(2) };
        foreach (var message in output)
        {
            message.WriteIndexHeaders = false;
        }

        output[1].Folder = "Trash";

        var result = Check(output, [Rich(1), Rich(2)]);

        var difference = Assert.Single(result.Differences);
        Assert.Equal((TruthField.Folder, 2), (difference.Field, difference.Index));
    }

    [Fact]
    public void ASecondMessageForTheSameIndexIsUnexpected()
    {
        var duplicate = Rich(1);
        duplicate.Folder = "Copies";

        var result = Check([Rich(1), duplicate], [Rich(1)]);

        Assert.Contains(result.Differences, d => d.Detail == "unexpected" && d.Actual.Full.StartsWith("a second message", StringComparison.Ordinal));
    }

    [Fact]
    public void AMalformedEmlIsADifferenceNotACrash()
    {
        var messages = new[] { Rich(1), Rich(2) };
        OutputTree.WriteEml(Actual, messages);
        File.WriteAllBytes(Path.Combine(Actual, messages[1].RelativePath), [0xFF, 0xFE, 0, 1]);
        OutputTree.WriteManifest(ManifestPath, messages);

        var result = new TruthChecker().Check(Actual, ManifestPath);

        Assert.Contains(result.Differences, d => d.Field == TruthField.Message && d.Index == 2);
        Assert.Contains(result.Differences, d => d.Detail == "unexpected" && d.Actual.Full.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public void AMessageWithBrokenContractHeadersIsMalformedAndStillCompared()
    {
        var messages = new[] { Rich(1) };
        OutputTree.WriteEml(Actual, messages);
        var path = Path.Combine(Actual, messages[0].RelativePath);
        File.WriteAllText(path, File.ReadAllText(path).Replace("X-MailMig-Read: yes", "X-MailMig-Read: perhaps", StringComparison.Ordinal));
        OutputTree.WriteManifest(ManifestPath, messages);

        var result = new TruthChecker().Check(Actual, ManifestPath);

        Assert.Equal([TruthField.Malformed, TruthField.Read], result.Differences.Select(d => d.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void MboxOutputIsCheckedLikeEml()
    {
        var messages = new[] { Rich(1), Rich(2), Rich(1, "Doe, Jane") };
        OutputTree.WriteMbox(Actual, messages);
        OutputTree.WriteManifest(ManifestPath, messages);

        var result = new TruthChecker().Check(Actual, ManifestPath);

        Assert.Empty(result.Differences);
        Assert.Equal(3, result.Run.Found);
    }

    [Fact]
    public void ADifferenceInABodyKeepsItsTextOutOfTheRedactedValue()
    {
        var output = Rich(1);
        output.Body = "the secret merger plan";

        var difference = Assert.Single(Check([output], [Rich(1)]).Differences);

        Assert.Contains("secret merger", difference.Actual.Full);
        Assert.Equal("[redacted: 22 characters]", difference.Actual.Redacted);
    }

    private static Action<JsonObject> SkipIndex2(string reason) => record =>
    {
        if ((int)record["index"]! != 2)
        {
            return;
        }

        record["outcome"] = "skipped";
        record["skipReason"] = reason;
    };
}
