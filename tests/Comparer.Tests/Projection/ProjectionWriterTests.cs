using System.Text;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class ProjectionWriterTests
{
    private static string Project(OutputMessageBuilder builder, ProjectionOptions? options = null) =>
        ProjectionWriter.Write(MimeMessageReader.Read(builder.ToBytes()), options);

    private static OutputMessageBuilder FullMessage()
    {
        var builder = new OutputMessageBuilder
        {
            ReceiptTo = TestAddress.Smtp(null, "grover@ferguson.example"),
            Body = "Tab\there, two trailing spaces  \nno final line break",
            Priority = "high",
            Read = true,
            Folder = "Projects\\2024",
        };
        builder.Bcc.Add(TestAddress.X400("Paris User", "c=US;a= ;p=MS;o=PARIS;s=user;"));
        builder.Attachments.Add(new TestAttachment("REPORT.XLS", [1, 2, 3], ContentType: "application/vnd.ms-excel"));
        builder.ExtraTexts.Add("second text item\n");
        builder.CcMailHeaders.Add("Sensitivity: Private");
        builder.Repairs.Add("date-invalid-clamped");
        var forwarded = new OutputMessageBuilder { Subject = "The original", Body = "inner body" };
        forwarded.Attachments.Add(new TestAttachment("a.txt", "A"u8.ToArray()));
        builder.Forwarded.Add(forwarded);
        return builder;
    }

    [Fact]
    public async Task ProjectionOfAFullMessageMatchesItsSnapshot()
    {
        var settings = new SnapshotSettings { Environment = TestEnvironments.Local(), DiffLauncher = new RecordingDiffLauncher() };

        await MessageSnapshot.VerifyAsync(FullMessage().ToText(), settings);
    }

    [Fact]
    public void VolatileValuesNeverChangeTheProjection()
    {
        var first = FullMessage();
        first.MessageId = "first@one.example";
        first.Source = "export/Smith, Grover.txt@1234";
        var second = FullMessage();
        second.MessageId = "second-" + Guid.NewGuid().ToString("N") + "@two.example";
        second.Source = "export/Smith, Grover.txt@987654";

        Assert.NotEqual(first.ToText(), second.ToText());
        Assert.Equal(Project(first), Project(second));
    }

    [Fact]
    public void TheSourceFileNameIsNotVolatileOnlyItsOffsetIs()
    {
        var first = new OutputMessageBuilder { Source = "export/Smith, Grover.txt@1" };
        var second = new OutputMessageBuilder { Source = "export/Doe, Jane.txt@1" };

        Assert.NotEqual(Project(first), Project(second));
        Assert.Contains("source: \"export/Smith, Grover.txt@Offset_1\"", Project(first));
    }

    [Fact]
    public void HeadersAreProjectedInAFixedOrderWhateverOrderTheyWereWritten()
    {
        var builder = new OutputMessageBuilder();
        var message = builder.Build();
        var reordered = builder.Build();
        var headers = reordered.Headers.ToList();
        reordered.Headers.Clear();
        foreach (var header in Enumerable.Reverse(headers))
        {
            reordered.Headers.Add(header);
        }

        Assert.Equal(ProjectionWriter.Write(MimeMessageReader.Read(message)), ProjectionWriter.Write(MimeMessageReader.Read(reordered)));
    }

    [Fact]
    public void UnparsableMimeProjectsAMalformedLineInsteadOfThrowing()
    {
        var projection = ProjectionWriter.Write(MimeMessageReader.Read(new byte[] { 0, 1, 2, 0xFF, 13, 10 }));

        Assert.StartsWith("! malformed: unparsable MIME", projection);
    }

    [Fact]
    public void MissingContractHeadersAreListedAsMalformed()
    {
        var projection = ProjectionWriter.Write(MimeMessageReader.Read(Encoding.UTF8.GetBytes("Subject: only a subject\r\n\r\nbody\r\n")));

        Assert.Contains("! malformed: missing header From", projection);
        Assert.Contains("! malformed: missing header X-MailMig-Source-Index", projection);
        Assert.Contains("subject: \"only a subject\"", projection);
    }

    [Fact]
    public void UnreadableIndexReadStateAndDateAreMalformedButTheRestIsProjected()
    {
        var text = new OutputMessageBuilder().ToText()
            .Replace("X-MailMig-Source-Index: 17", "X-MailMig-Source-Index: seventeen", StringComparison.Ordinal)
            .Replace("X-MailMig-Read: no", "X-MailMig-Read: maybe", StringComparison.Ordinal)
            .Replace("Date: Mon, 16 Nov 1998 10:30:00 -0500", "Date: the day after yesterday", StringComparison.Ordinal);

        var projection = ProjectionWriter.Write(MimeMessageReader.Read(Encoding.UTF8.GetBytes(text)));

        Assert.Contains("! malformed: X-MailMig-Source-Index is not a positive integer: seventeen", projection);
        Assert.Contains("! malformed: X-MailMig-Read is neither yes nor no: maybe", projection);
        Assert.Contains("! malformed: unreadable Date: the day after yesterday", projection);
        Assert.Contains("date: (unreadable) \"the day after yesterday\"", projection);
        Assert.Contains("subject: \"Quarterly numbers\"", projection);
    }

    [Theory]
    [InlineData("plain  text ", "\"plain  text \"")]
    [InlineData("", "\"\"")]
    [InlineData("Åström, Björn", "\"Åström, Björn\"")]
    [InlineData("say \"hi\" \\ bye", "\"say \\\"hi\\\" \\\\ bye\"")]
    [InlineData("a\tb\rc\nd\u0001e\u0085", "\"a\\tb\\rc\\nd\\u0001e\\u0085\"")]
    public void QuotedValuesEscapeQuotesBackslashesAndControlCharactersAndNothingElse(string value, string quoted) =>
        Assert.Equal(quoted, ProjectionWriter.Quote(value));

    [Fact]
    public void BodyKeepsTrailingSpacesTabsAndAnAbsentFinalLineBreak()
    {
        var without = Project(new OutputMessageBuilder { Body = "a  \n\tb" });
        var with = Project(new OutputMessageBuilder { Body = "a  \n\tb\n" });

        Assert.Contains("body:\n  | a  \n  | \tb\ntext-parts", without);
        Assert.Contains("body:\n  | a  \n  | \tb\n  |\ntext-parts", with);
    }

    [Fact]
    public void DatesAreProjectedInUtcWithTheOffsetAsWritten()
    {
        var projection = Project(new OutputMessageBuilder { Date = new DateTimeOffset(1999, 4, 4, 3, 30, 0, TimeSpan.FromHours(-4)), OriginalDate = "4/4/99 3:30" });

        Assert.Contains("date: 1999-04-04T07:30:00Z (written with offset -04:00)", projection);
        Assert.Contains("original-date: \"4/4/99 3:30\"", projection);
    }

    [Fact]
    public void ImceaAddressesProjectDisplayNameTypeDecodedAddressAndSmtpForm()
    {
        var builder = new OutputMessageBuilder();
        builder.To.Clear();
        builder.To.Add(TestAddress.X400("Paris User", "c=US;a= ;p=MS;o=PARIS;s=user;"));

        var projection = Project(builder);

        Assert.Contains("to:\n  - name: \"Paris User\" | type: X400 | address: \"c=US;a= ;p=MS;o=PARIS;s=user;\" | smtp: IMCEAX400-c=US+3Ba=+20+3Bp=MS+3Bo=PARIS+3Bs=user+3B@ferguson.example\n", projection);
    }

    [Fact]
    public void ForwardedMessagesAreNestedAndIndented()
    {
        var inner = new OutputMessageBuilder { Subject = "innermost" };
        var middle = new OutputMessageBuilder { Subject = "middle" };
        middle.Forwarded.Add(inner);
        var outer = new OutputMessageBuilder();
        outer.Forwarded.Add(middle);

        var projection = Project(outer);

        Assert.Contains("\nforwarded[1]:\n    message-id: MessageId_2\n", projection);
        Assert.Contains("\n    subject: \"middle\"\n", projection);
        Assert.Contains("\n    forwarded[1]:\n        message-id: MessageId_3\n", projection);
        Assert.Contains("\n        subject: \"innermost\"\n", projection);
    }

    [Fact]
    public void ARedactedProjectionHasNoBodyTextAndNoAttachmentHashes()
    {
        var builder = FullMessage();
        builder.Body = "the secret merger plan";

        var projection = Project(builder, new ProjectionOptions { Redact = true });

        Assert.DoesNotContain("secret merger", projection);
        Assert.DoesNotContain("second text item", projection);
        Assert.DoesNotContain("sha256", projection);
        Assert.Contains("| [redacted: 1 lines, 22 characters]", projection);
        Assert.Contains("size: 3", projection);
    }

    [Fact]
    public void TheProjectionNeverEndsWithALineBreak()
    {
        Assert.False(Project(new OutputMessageBuilder { Body = "ends\n\n" }).EndsWith('\n'));
    }
}
