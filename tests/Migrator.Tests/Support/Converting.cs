using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Output;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Support;

/// <summary>Converts one message the way the engine does and parses the written bytes back.</summary>
public static class Converting
{
    public static ConversionContext Context(string timeZone = "America/New_York", string mailbox = "Smith, Grover", int index = 1, AddressMappingTable? table = null) =>
        new(TestMessages.PostOffice, mailbox, index, "MBOX0001.DAT@100",
            new AddressMapper(AddressMapper.DefaultOrgDomain(TestMessages.PostOffice), TestMessages.PostOffice, table),
            new DateConverter(TimeZoneInfo.FindSystemTimeZoneById(timeZone)), []);

    public static ConversionResult Convert(CcMessage message, ConversionContext? context = null) => MessageConverter.Convert(message, context ?? Context());

    public static byte[] Bytes(CcMessage message, ConversionContext? context = null) =>
        EmlMailboxWriter.Serialize(Convert(message, context).Message, EmlMailboxWriter.Format);

    /// <summary>The message as a reader of the .eml file sees it.</summary>
    public static MimeMessage RoundTrip(CcMessage message, ConversionContext? context = null) =>
        MimeMessage.Load(new MemoryStream(Bytes(message, context)));

    /// <summary>The decoded bytes of a part's content as UTF-8 text, with no line-end conversion.</summary>
    public static string Content(MimeEntity? entity)
    {
        using var stream = new MemoryStream();
        ((MimePart)entity!).Content!.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Text(CcMessage message, ConversionContext? context = null) => System.Text.Encoding.UTF8.GetString(Bytes(message, context));
}
