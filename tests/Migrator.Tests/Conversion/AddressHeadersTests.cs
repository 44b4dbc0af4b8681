using CsCheck;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Conversion;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Conversion;

/*
 * AddressHeaders remembers the encoded line of a single address and adds it again as a parsed header. MimeKit's own
 * lists are the oracle: the first and the remembered time, the header bytes, the names and addresses a writer reads
 * from the message's list and the first address returned (the mbox From line's sender) must be what adding
 * MailboxAddresses to the list gives.
 */
public class AddressHeadersTests
{
    private static readonly Gen<string?> Names = Gen.OneOf(
        Gen.Const(() => (string?)null),
        Gen.Char["a-zA-Z .,\"'()<>@;:\\"].Array[0, 40].Select(c => (string?)new string(c)),
        Gen.Char["aéüÅ Jürgen, F.=?"].Array[1, 90].Select(c => (string?)new string(c)));

    // Addresses as the mapper makes them from source addresses: IMCEA encapsulations and plain or quoted SMTP addresses.
    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Char["a-zA-Z0-9 ,.'/=()+_-"].Array[1, 60].Select(c => new string(c)),
        Gen.Char["a-z0-9."].Array[1, 20].Select(c => new string(c) + "@example.com"),
        Gen.Char["a-z "].Array[1, 12].Select(c => "\"" + new string(c) + "\"@example.com"),
        Gen.Char["aéüÅ at,"].Array[1, 30].Select(c => new string(c)));

    private static readonly AddressMapper Mapper = new(AddressMapper.DefaultOrgDomain("HQNYC"), "HQNYC");

    private static readonly Gen<MappedAddress> Addresses = Gen.Select(Names, Gen.Int[0, 4].Select(i => new[] { "CCMAIL", "SMTP", "ATTMAIL", "X400", "" }[i]), Texts,
        (name, type, text) => Mapper.Map(new CcAddress { DisplayName = name, Type = type, Address = text, Raw = text }));

    [Fact]
    public void EveryAddressHeaderIsTheOneMimeKitsListWritesTheFirstAndEveryLaterTime()
    {
        Gen.OneOf(Gen.Const(HeaderId.From), Gen.Const(HeaderId.To), Gen.Const(HeaderId.Cc), Gen.Const(HeaderId.Bcc))
            .Select(Addresses.List[1, 3])
            .Sample((id, addresses) =>
            {
                AssertSameAsMimeKit(id, addresses);
                AssertSameAsMimeKit(id, addresses);
            }, iter: 3_000);
    }

    [Fact]
    public void AnEmptyListAddsNoHeader()
    {
        using var message = new MimeMessage(Enumerable.Empty<Header>());
        AddressHeaders.Add(message, HeaderId.To, []);
        Assert.Empty(message.Headers);
    }

    private static void AssertSameAsMimeKit(HeaderId id, IReadOnlyList<MappedAddress> addresses)
    {
        using var expected = new MimeMessage(Enumerable.Empty<Header>());
        List(expected, id).AddRange(addresses.Select(a => a.ToMailboxAddress()));
        using var made = new MimeMessage(Enumerable.Empty<Header>());
        var first = AddressHeaders.Add(made, id, addresses);

        var context = string.Join(" | ", addresses.Select(a => $"[{a.DisplayName}] <{a.AddrSpec}>"));
        Assert.True(Serialized(expected) == Serialized(made), $"{context}: {Serialized(made)} / MimeKit {Serialized(expected)}");
        Assert.Equal(Pairs(List(expected, id)), Pairs(List(made, id)));
        Assert.Equal(List(expected, id).Mailboxes.First().Address, first);
    }

    private static string Serialized(MimeMessage message) => string.Concat(message.Headers.Select(h => h.Field + ":" + System.Text.Encoding.Latin1.GetString(h.RawValue)));

    private static List<(string? Name, string Address)> Pairs(InternetAddressList list) => [.. list.Mailboxes.Select(m => (m.Name, m.Address))];

    private static InternetAddressList List(MimeMessage message, HeaderId id) => id switch
    {
        HeaderId.From => message.From,
        HeaderId.To => message.To,
        HeaderId.Cc => message.Cc,
        _ => message.Bcc,
    };
}
