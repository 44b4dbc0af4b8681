using System.Text;
using CsCheck;
using MailMig.Fidelity.Migrator.Conversion;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Conversion;

/*
 * PlainHeaders makes a header from bytes when MimeKit's encoder would write the value unchanged. MimeKit is the oracle:
 * every header made here must have the field, id, raw bytes and value of MimeKit's own, for values that are plain and for
 * values that only nearly are (long lines, doubled or edge spaces, encoded-word look-alikes, controls, non-ASCII).
 */
public class PlainHeadersTests
{
    private static readonly string[] Fields =
        ["Subject", "Date", "Message-Id", "Importance", "X-Priority", "Status", "X-MailMig-Mailbox", "X-MailMig-Folder", "X-MailMig-Source",
            "X-MailMig-Original-Date", "X-CcMail-Header", "X-MailMig-Repairs", "X-MailMig-Source-Index", "X-MailMig-Read"];

    private static readonly Gen<string> Values = Gen.OneOf(
        Gen.Char["a-zA-Z0-9 .,:;<>@()\"'=?_-"].Array[0, 90].Select(c => new string(c)),
        Gen.Char[" \t\r\n=?é\u0001\u007f~!aZ"].Array[0, 12].Select(c => new string(c)),
        Gen.Int[40, 80].Select(n => new string('x', n)),
        Gen.Int[1, 70].Select(n => new string('w', n) + " =?utf-8?q?x?= end"));

    [Fact]
    public void EveryHeaderIsTheOneMimeKitMakesForTheSameFieldAndValue()
    {
        Gen.Int[0, Fields.Length - 1].Select(Values).Sample((field, value) => AssertSameAsMimeKit(Fields[field], value), iter: 20_000);
    }

    [Theory]
    [InlineData("Subject", "Shipping delays for December")]
    [InlineData("Date", "Wed, 24 Jan 1996 10:50:00 -0500")]
    [InlineData("Message-Id", "<000003.902a346477794cf70d5a@hqnyc.ccmail.invalid>")]
    [InlineData("Subject", "A subject that runs exactly to the seventy-sixth column of the line")]
    [InlineData("Subject", "A subject that runs past the seventy-eighth column of the line by a word")]
    [InlineData("Subject", "two  spaces")]
    [InlineData("Subject", " leading space")]
    [InlineData("Subject", "=?utf-8?q?looks_encoded?=")]
    [InlineData("Subject", "Müller")]
    [InlineData("Subject", "")]
    public void TheHeadersOfTheBulkProfileAndTheirNearMissesMatchMimeKit(string field, string value) => AssertSameAsMimeKit(field, value);

    [Fact]
    public void HeadersMadeByIdMatchMimeKitsHeadersMadeById()
    {
        foreach (var (id, value) in new[] { (HeaderId.Date, "Wed, 24 Jan 1996 10:50:00 -0500"), (HeaderId.MessageId, "<1.a@b.invalid>"), (HeaderId.Importance, "normal"), (HeaderId.XPriority, "3") })
        {
            var made = PlainHeaders.Create(id, value);
            var expected = new Header(id, value);
            Assert.Equal(expected.Id, made.Id);
            Assert.Equal(Encoding.ASCII.GetString(expected.RawValue), Encoding.ASCII.GetString(made.RawValue));
        }
    }

    private static void AssertSameAsMimeKit(string field, string value)
    {
        var expected = new Header(Encoding.UTF8, field, value);
        var made = PlainHeaders.Create(field, value);
        var context = $"{field}: [{value}]";
        Assert.True(expected.Field == made.Field, context);
        Assert.True(expected.Id == made.Id, context);
        Assert.True(expected.RawField.AsSpan().SequenceEqual(made.RawField), context);
        Assert.True(expected.RawValue.AsSpan().SequenceEqual(made.RawValue), $"{context}: [{Encoding.Latin1.GetString(made.RawValue)}], MimeKit [{Encoding.Latin1.GetString(expected.RawValue)}]");
        Assert.True(expected.Value == made.Value, context);
    }
}
