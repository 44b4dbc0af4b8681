using System.Text;
using MailMig.Fidelity.Comparer.Projection;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Tests.Projection;

public class TextPartDecoderTests
{
    static TextPartDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static TextPart PartOf(string charset, string transferEncoding, byte[] body)
    {
        var head = "Content-Type: text/plain; charset=" + charset + "\r\nContent-Transfer-Encoding: " + transferEncoding + "\r\n\r\n";
        var bytes = Encoding.ASCII.GetBytes(head).Concat(body).ToArray();
        return (TextPart)MimeEntity.Load(new MemoryStream(bytes));
    }

    [Theory]
    [InlineData("utf-8", "7bit", "line one\r\nline two\r\n")]
    [InlineData("utf-8", "8bit", "M\u00fcller\r\n\r\n")]
    [InlineData("utf-8", "binary", "a lone\rCR and\r\r\na double CR\r")]
    [InlineData("utf-8", "7bit", "\r\r\r\n\n\r")]
    [InlineData("utf-8", "7bit", "")]
    [InlineData("us-ascii", "7bit", "plain\r\n")]
    [InlineData("iso-8859-1", "8bit", "caf\u00e9\r\n")]
    [InlineData("windows-1252", "8bit", "\u20ac and caf\u00e9\r\n")]
    [InlineData("utf-16", "binary", "wide\r\n")]
    [InlineData("utf-8", "quoted-printable", "M=C3=BCller=\r\n soft\r\n")]
    [InlineData("utf-8", "base64", "TcO8bGxlcg0KCg==")]
    [InlineData("no-such-charset", "8bit", "caf\u00e9\r\n")]
    public void TheTextIsWhatMimeKitsTextGives(string charset, string transferEncoding, string body)
    {
        var encoding = charset switch
        {
            "utf-16" => Encoding.Unicode,
            "no-such-charset" or "utf-8" => Encoding.UTF8,
            _ => Encoding.GetEncoding(charset),
        };
        var part = PartOf(charset, transferEncoding, encoding.GetBytes(body));

        Assert.Equal(part.Text, TextPartDecoder.TextOf(part));
    }

    [Theory]
    [InlineData(new byte[] { 0xc3, 0x0d, 0x0a, 0x41 })]
    [InlineData(new byte[] { 0xe2, 0x82, 0x0d, 0x0a, 0x0d })]
    [InlineData(new byte[] { 0xff, 0xfe, 0x0d, 0x0d, 0x0a })]
    [InlineData(new byte[] { 0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a })]
    public void InvalidOrMarkedUtf8IsWhatMimeKitsTextGives(byte[] body)
    {
        var part = PartOf("utf-8", "8bit", body);

        Assert.Equal(part.Text, TextPartDecoder.TextOf(part));
    }
}
