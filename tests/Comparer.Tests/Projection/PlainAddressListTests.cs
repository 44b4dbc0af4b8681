using System.Text;
using MailMig.Fidelity.Comparer.Projection;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class PlainAddressListTests
{
    private static readonly string[] Names =
    [
        "\"Kemmer, Ernest\"", "\"\"", "\" a\"", "\"a  b\"", "\"a\tb\"", "Isaiah Schneider/Sales/DOOLEYGROUP", "Bob", "Bob  Smith", "A.B",
        "\"x=?y\"", "=?utf-8?q?a?=", "Jo'hn", "\"q\\\"x\"", "\"M\u00fcller\"", "(c) Bob", "\"a,b\" \"c\"", "~!#$%&*+-/^_`{|}", "\"Kemmer,\r\n Ernest\"", "",
    ];

    private static readonly string[] Addresses =
    [
        "a@b.c", "IMCEACCMAIL-Kemmer+2C+20Ernest+20at+20ACMEHQ@acmehq.ccmail.invalid", "IMCEAFAX-+2B1+20671@x.invalid", "a.b@c", "a..b@c", ".a@b",
        "a@b.", "a@xn--mller-kva.de", "a@XN--mller-kva.de", "a@b@c", "\"q\"@b", "a@[1.2.3.4]", "a@b (c)", "a @b", "a@ b", "@r:a@b", "a", "user+tag@sub.dom",
    ];

    private static readonly string[] Separators = [",", ", ", ",\r\n ", ",\r\n\t", " , ", ",,", ";", " "];

    private static List<ProjectedAddress> ReadByMimeKit(byte[] raw)
    {
        var bytes = "To:"u8.ToArray().Concat(raw).Concat("\r\n\r\nbody\r\n"u8.ToArray()).ToArray();
        using var message = MimeMessage.Load(new MemoryStream(bytes));
        return message.To.Mailboxes.Select(m => ProjectedAddress.FromSmtp(m.Name, m.Address)).ToList();
    }

    private static string RandomList(Random random)
    {
        var text = new StringBuilder(random.Next(2) == 0 ? " " : "\t");
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            var address = Addresses[random.Next(Addresses.Length)];
            text.Append(random.Next(3) switch
            {
                0 => address,
                1 => "<" + address + ">",
                _ => Names[random.Next(Names.Length)] + (random.Next(2) == 0 ? " " : "\r\n\t") + "<" + address + ">",
            });
            text.Append(i > 1 ? Separators[random.Next(Separators.Length)] : "\r\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(" \"Kemmer, Ernest\"\r\n\t<IMCEACCMAIL-Kemmer+2C+20Ernest+20at+20ACMEHQ@acmehq.ccmail.invalid>,\r\n IMCEAFAX-+2B1+20671@acmehq.ccmail.invalid\r\n")]
    [InlineData(" Isaiah Schneider/Sales/DOOLEYGROUP\r\n\t<IMCEACCMAIL-Isaiah+20Schneider_Sales_DOOLEYGROUP+20at+20NOTESGW@acmehq.ccmail.invalid>\r\n")]
    [InlineData(" abeatty@example.org\r\n")]
    public void APlainListIsReadAsMimeKitReadsIt(string raw)
    {
        var addresses = new List<ProjectedAddress>();

        Assert.True(PlainAddressList.TryRead(Encoding.ASCII.GetBytes(raw), addresses));
        Assert.Equal(ReadByMimeKit(Encoding.ASCII.GetBytes(raw)), addresses);
    }

    [Theory]
    [InlineData(" =?utf-8?b?RHViw6ksIEZyYW7Dp29pcw==?= <a@b.c>\r\n")]
    [InlineData(" \"Considine, Efren \\\"Efr\\\"\" <a@b.c>\r\n")]
    [InlineData(" a@b.c (comment)\r\n")]
    [InlineData(" undisclosed-recipients:;\r\n")]
    [InlineData(" a@b.c,\r\n")]
    [InlineData(" \"Smitham, Forest\"\r\n")]
    [InlineData("")]
    public void AnythingElseIsLeftToMimeKit(string raw)
    {
        var addresses = new List<ProjectedAddress> { ProjectedAddress.FromSmtp(null, "kept@example.org") };

        Assert.False(PlainAddressList.TryRead(Encoding.UTF8.GetBytes(raw), addresses));
        Assert.Single(addresses);
    }

    [Fact]
    public void RandomListsThatAreReadGiveWhatMimeKitGives()
    {
        var random = new Random(2026);
        var read = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var raw = Encoding.UTF8.GetBytes(RandomList(random));
            var addresses = new List<ProjectedAddress>();
            if (PlainAddressList.TryRead(raw, addresses))
            {
                read++;
                Assert.Equal(ReadByMimeKit(raw), addresses);
            }
        }

        Assert.InRange(read, 1_000, 19_000);
    }
}
