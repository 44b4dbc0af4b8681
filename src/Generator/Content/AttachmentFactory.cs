using System.Text;
using Bogus;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Generator.Content;

/// <summary>File and other binary items: period file names, plausible leading bytes, log-uniform sizes, dates before the message's.</summary>
public static class AttachmentFactory
{
    /// <summary>An ordinary file attachment between <paramref name="minBytes"/> and <paramref name="maxBytes"/> bytes, dated before <paramref name="messageLocal"/>.</summary>
    public static FileItem File(Faker faker, int minBytes, int maxBytes, DateTime messageLocal, TextFactory text)
    {
        var random = faker.Random;
        var (stem, extension, magic) = random.ArrayElement(Pools.Files);
        var name = random.Int(0, 3) switch
        {
            0 => stem + random.Int(1, 99).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + extension,
            1 => (stem + extension).ToLowerInvariant(),
            _ => stem + extension,
        };
        var size = LogUniform(random, minBytes, maxBytes);
        var data = extension == ".TXT" ? TextData(faker, text, size) : BinaryData(random, magic, size);
        return Dated(name, data, messageLocal, random);
    }

    /// <summary>A file item named <paramref name="name"/> holding <paramref name="data"/>, dated in the days before <paramref name="messageLocal"/>.</summary>
    public static FileItem Dated(string name, byte[] data, DateTime messageLocal, Randomizer random)
    {
        var date = messageLocal.Date.AddDays(-random.Int(0, 10)).AddMinutes(random.Int(8 * 60, 18 * 60));
        return new FileItem { Name = name, Data = data, Date = date, DateText = DateTexts.Standard(date) };
    }

    /// <summary>A fax, graphics or sound item with a name.</summary>
    public static BinaryItem Binary(Randomizer random, int maxBytes)
    {
        var kind = random.Enum<BinaryItemKind>();
        var (name, magic) = kind switch
        {
            BinaryItemKind.Fax => ("FAX" + random.Int(1, 9999).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) + ".TIF", new byte[] { 0x49, 0x49, 0x2A, 0x00 }),
            BinaryItemKind.Graphics => ("PICTURE.PCX", new byte[] { 0x0A, 0x05, 0x01, 0x08 }),
            _ => ("VOICE.WAV", "RIFF"u8.ToArray()),
        };
        return new BinaryItem { Kind = kind, Name = name, Data = BinaryData(random, magic, LogUniform(random, 64, Math.Max(64, maxBytes))) };
    }

    /// <summary><paramref name="magic"/> followed by random bytes, <paramref name="size"/> in all.</summary>
    public static byte[] BinaryData(Randomizer random, byte[] magic, int size)
    {
        var data = random.Bytes(size);
        magic.AsSpan(0, Math.Min(magic.Length, size)).CopyTo(data);
        return data;
    }

    /// <summary>A size between <paramref name="min"/> and <paramref name="max"/>, uniform in its logarithm (many small, few large).</summary>
    public static int LogUniform(Randomizer random, int min, int max) =>
        max <= min ? min : (int)Math.Round(Math.Exp(Math.Log(min) + random.Double() * (Math.Log(max) - Math.Log(min))));

    private static byte[] TextData(Faker faker, TextFactory text, int size)
    {
        var builder = new StringBuilder(size + 80);
        while (builder.Length < size)
        {
            builder.Append(text.Sentence(faker)).Append("\r\n");
        }

        // ASCII or code-page text; the bytes are what they are, their encoding is the file's business.
        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
