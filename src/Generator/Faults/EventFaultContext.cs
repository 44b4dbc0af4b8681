using System.Globalization;
using System.Text;
using Bogus;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/// <summary>What an event fault draws on: the post office, its calendar, the address and text factories, the event's faker, and shared helpers.</summary>
public sealed class EventFaultContext
{
    private readonly Encoding _encoding;

    /// <summary>A context for the events <paramref name="builder"/> builds with <paramref name="faker"/> (reseeded per event).</summary>
    public EventFaultContext(GeneratedPostOffice postOffice, ZoneCalendar calendar, ForeignAddresses foreign, TextFactory text, Faker faker, EventContentBuilder builder)
    {
        PostOffice = postOffice;
        Calendar = calendar;
        Foreign = foreign;
        Text = text;
        Faker = faker;
        Builder = builder;
        _encoding = CodePages.Get(postOffice.CodePage);
    }

    /// <summary>The post office.</summary>
    public GeneratedPostOffice PostOffice { get; }

    /// <summary>The post office's calendar.</summary>
    public ZoneCalendar Calendar { get; }

    /// <summary>Foreign addresses of every type.</summary>
    public ForeignAddresses Foreign { get; }

    /// <summary>Sentences, subjects and bodies.</summary>
    public TextFactory Text { get; }

    /// <summary>The faker of the event being built.</summary>
    public Faker Faker { get; }

    /// <summary>The random source of the event being built.</summary>
    public Randomizer Random => Faker.Random;

    /// <summary>The builder, for forwarded messages.</summary>
    public EventContentBuilder Builder { get; }

    /// <summary>Sets the date of <paramref name="content"/> to <paramref name="local"/> written by <paramref name="format"/>, and marks the Date line (detail: <paramref name="detail"/> or the text).</summary>
    public static void SetDate(EventContent content, DateTime local, Func<DateTime, string> format, FaultDescriptor fault, string? detail = null)
    {
        content.Date = local;
        content.ExpectedLocal = local;
        content.DateText = format(local);
        content.Marks.Add(new FaultMark(fault, detail ?? content.DateText, LineKeywords.Date));
    }

    /// <summary>Adds dated file items and returns the File-item ordinal of the first.</summary>
    public int AddFiles(EventContent content, params (string Name, byte[] Data)[] files)
    {
        var first = -1;
        foreach (var (name, data) in files)
        {
            var item = content.AddFile(AttachmentFactory.Dated(name, data, content.ExpectedLocal, Random));
            first = first < 0 ? content.FileOrdinal(item) : first;
        }

        return first;
    }

    /// <summary>Records the names a migrator must reach for the files from ordinal <paramref name="firstOrdinal"/> on.</summary>
    public static void ExpectNames(EventContent content, int firstOrdinal, params string[] names)
    {
        var files = content.Items.OfType<FileItem>().Skip(firstOrdinal).Take(names.Length).ToArray();
        for (var i = 0; i < files.Length; i++)
        {
            content.ExpectedNames[files[i]] = names[i];
        }
    }

    /// <summary>Adds Cc recipients until the header reaches <paramref name="targetBytes"/>; with <paramref name="stayUnder"/>, never past it.</summary>
    public void GrowHeader(EventContent content, int targetBytes, bool stayUnder)
    {
        var size = HeaderBytes(content);
        var domain = Random.ArrayElement(Pools.Domains);
        for (var n = 1; size < targetBytes; n++)
        {
            var address = AddressFactory.SmtpAtGateway($"member{n.ToString("0000", CultureInfo.InvariantCulture)}@{domain}", Gateways.Smtp);
            var line = LineBytes(LineKeywords.Cc, address);
            if (stayUnder && size + line > targetBytes)
            {
                break;
            }

            content.Cc.Add(address);
            size += line;
        }
    }

    /// <summary>The bytes the address and subject lines of <paramref name="content"/> take, as the writer encodes them with CR LF.</summary>
    public int HeaderBytes(EventContent content) =>
        LineBytes(LineKeywords.From, content.From)
        + content.To.Sum(a => LineBytes(LineKeywords.To, a)) + content.Cc.Sum(a => LineBytes(LineKeywords.Cc, a))
        + content.Bcc.Sum(a => LineBytes(LineKeywords.Bcc, a))
        + (content.ReturnReceiptTo is null ? 0 : LineBytes(LineKeywords.Rrt, content.ReturnReceiptTo))
        + _encoding.GetByteCount(content.Subject) + 11;

    /// <summary><paramref name="text"/> without the characters the post office's code page cannot write.</summary>
    public string Encodable(string text) => _encoding.GetString(_encoding.GetBytes(text)) == text ? text : RemoveUnencodable(text);

    private int LineBytes(string keyword, CcAddress address) => keyword.Length + 2 + _encoding.GetByteCount(address.Raw) + 2;

    private string RemoveUnencodable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var s = c.ToString();
            if (_encoding.GetString(_encoding.GetBytes(s)) == s)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
