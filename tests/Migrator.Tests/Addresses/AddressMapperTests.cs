using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Addresses;
using MailMig.Fidelity.Migrator.Tests.Support;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Tests.Addresses;

public class AddressMapperTests
{
    private static readonly AddressMapper Mapper = new("ferguson.ccmail.invalid", "FERGUSON");

    public static TheoryData<string, LetterCase> Headers()
    {
        var data = new TheoryData<string, LetterCase>();
        foreach (var header in new[] { "From", "To", "Cc", "Bcc", "RRT" })
        {
            foreach (var casing in Enum.GetValues<LetterCase>())
            {
                data.Add(header, casing);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public void AttmailInEveryHeaderAndSpellingIsMigratedWithItsAddressIntact(string header, LetterCase casing)
    {
        Assert.Equal(8, AttmailSpellings.All.Count);
        foreach (var spelling in AttmailSpellings.All)
        {
            var text = AttmailSpellings.ApplyCase(spelling.Render("jdoe", "Doe", "John", "ACME"), casing);
            var address = AddressParser.Parse(text, new AddressParserOptions { DefaultPostOffice = TestMessages.PostOffice });
            Assert.Equal(AddressKind.Attmail, address.Kind);
            var message = TestMessages.Simple();
            switch (header)
            {
                case "From": message.From = address; break;
                case "To": message.To = [address]; break;
                case "Cc": message.Cc = [address]; break;
                case "Bcc": message.Bcc = [address]; break;
                default: message.ReturnReceiptTo = address; break;
            }

            var parsed = Converting.RoundTrip(message);
            var written = header switch
            {
                "From" => parsed.From,
                "To" => parsed.To,
                "Cc" => parsed.Cc,
                "Bcc" => parsed.Bcc,
                _ => InternetAddressList.Parse(parsed.Headers[HeaderId.DispositionNotificationTo] ?? ""),
            };
            var mailbox = Assert.Single(written.Mailboxes);
            Assert.Equal((spelling.ExpectedType, AttmailSpellings.ApplyCase(spelling.RenderAddress("jdoe", "Doe", "John", "ACME"), casing)), AddressMapper.Decode(mailbox.Address));
            Assert.Equal((address.Type, address.Address), AddressMapper.Decode(mailbox.Address));
        }
    }

    [Theory]
    [InlineData("Smith, Grover at FERGUSON", "CCMAIL", "Smith, Grover at FERGUSON")]
    [InlineData("Smith, Grover", "CCMAIL", "Smith, Grover at FERGUSON")]
    [InlineData("\"Made at Home, Inc\" at \"Main, PO\"", "CCMAIL", "Made at Home, Inc at Main, PO")]
    [InlineData("\"Pat \"\"Bud\"\" Parkes\" at FERGUSON", "CCMAIL", "Pat \"Bud\" Parkes at FERGUSON")]
    [InlineData("jdoe@example.com at SMTPLINK", "SMTP", "jdoe@example.com")]
    [InlineData(",User [SMTP:User@Domain.com] at site", "SMTP", "User@Domain.com")]
    [InlineData("uunet!host!jdoe", "SMTP", "uunet!host!jdoe")]
    [InlineData("X400:/o=Made at Home/c=US", "X400", "/o=Made at Home/c=US")]
    [InlineData("MS:NET/PO/MBX", "MS", "NET/PO/MBX")]
    [InlineData("FAX:123", "FAX", "123")]
    [InlineData("CCMAIL:Smith, Grover at FERGUSON", "CCMAIL", "Smith, Grover at FERGUSON")]
    [InlineData("", "UNKNOWN", "")]
    [InlineData("Müller, Jürgen at MÜNCHEN", "CCMAIL", "Müller, Jürgen at MÜNCHEN")]
    public void ParsedAddressesDecodeBackToTheirProxy(string text, string type, string address)
    {
        var message = TestMessages.Simple();
        message.To = [AddressParser.Parse(text, new AddressParserOptions { DefaultPostOffice = TestMessages.PostOffice })];
        var mailbox = Assert.Single(Converting.RoundTrip(message).To.Mailboxes);
        Assert.Equal((type, address), AddressMapper.Decode(mailbox.Address));
    }

    public static TheoryData<CcAddress, string, string> EveryForm() => new()
    {
        { TestAddresses.Native("Smith, Grover", "FERGUSON"), "CCMAIL", "Smith, Grover at FERGUSON" },
        { TestAddresses.Native("Tanaka, Ichirō", "東京"), "CCMAIL", "Tanaka, Ichirō at 東京" },
        { TestAddresses.NameOnly("Doe, Jane"), "CCMAIL", "Doe, Jane at FERGUSON" },
        { TestAddresses.Smtp("pat@example.com", "Parkes, Pat", "SMTPLINK"), "SMTP", "pat@example.com" },
        { TestAddresses.Smtp("pat@example.com"), "SMTP", "pat@example.com" },
        { TestAddresses.Smtp("not an address"), "SMTP", "not an address" },
        { TestAddresses.Smtp("jürgen@example.de"), "SMTP", "jürgen@example.de" },
        { TestAddresses.Typed(AddressKind.X400, AddressNotation.Typed, "X400:/c=DE/a=DBP/s=Weiss", "X400", "/c=DE/a=DBP/s=Weiss"), "X400", "/c=DE/a=DBP/s=Weiss" },
        { TestAddresses.Typed(AddressKind.MsMail, AddressNotation.Typed, "MS:NET/PO/MBX", "MS", "NET/PO/MBX"), "MS", "NET/PO/MBX" },
        { TestAddresses.Typed(AddressKind.Gateway, AddressNotation.AtPostOffice, "SERVICE at PMDF", "PMDF", "SERVICE", null, "PMDF"), "PMDF", "SERVICE" },
        { TestAddresses.Typed(AddressKind.Unknown, AddressNotation.Typed, "FAX:+1 555 0100", "FAX", "+1 555 0100"), "FAX", "+1 555 0100" },
        { TestAddresses.Typed(AddressKind.Unknown, AddressNotation.Unparsed, "\"unbalanced", "", ""), "UNKNOWN", "\"unbalanced" },
        { TestAddresses.Typed(AddressKind.CcMail, AddressNotation.AtPostOffice, ",User [SMTP:user@domain.com] at site", "SMTP", "user@domain.com", "User", "site"), "SMTP", "user@domain.com" },
    };

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void DecodingTheOutputGivesBackTheSourceTypeAndAddress(CcAddress address, string type, string text)
    {
        var message = TestMessages.Simple();
        message.To = [address];
        var mailbox = Assert.Single(Converting.RoundTrip(message).To.Mailboxes);
        Assert.Equal((type, text), AddressMapper.Decode(mailbox.Address));
        Assert.Equal(address.DisplayName ?? "", mailbox.Name ?? "");
    }

    [Fact]
    public void SmtpAddressesTravelDirectly()
    {
        var mapped = Mapper.Map(TestAddresses.Smtp("pat@example.com", "Parkes, Pat"));
        Assert.True(mapped.IsSmtp);
        Assert.Equal("pat@example.com", mapped.AddrSpec);
        Assert.Equal("\"Parkes, Pat\" <pat@example.com>", mapped.ToMailboxAddress().ToString());
    }

    [Fact]
    public void NativeAddressesKeepTheirProxyAndTravelImceaEncapsulated()
    {
        var mapped = Mapper.Map(TestAddresses.Native("Smith, Grover", "FERGUSON"));
        Assert.False(mapped.IsSmtp);
        Assert.Equal("CCMAIL:Smith, Grover at FERGUSON", mapped.Proxy);
        Assert.Equal("IMCEACCMAIL-Smith+2C+20Grover+20at+20FERGUSON@ferguson.ccmail.invalid", mapped.AddrSpec);
    }

    [Fact]
    public void NameAloneGetsTheMailboxsPostOffice() =>
        Assert.Equal("CCMAIL:Doe, Jane at FERGUSON", Mapper.Map(TestAddresses.NameOnly("Doe, Jane")).Proxy);

    [Fact]
    public void NameAloneStaysAloneWhenThePostOfficeIsUnknown() =>
        Assert.Equal("CCMAIL:Doe, Jane", new AddressMapper("x.invalid", null).Map(TestAddresses.NameOnly("Doe, Jane")).Proxy);

    [Fact]
    public void MappingTableTurnsNativeUsersIntoSmtp()
    {
        var table = AddressMappingTable.Parse(["Smith, Grover<=>grover@ferguson.example"]);
        var mapper = new AddressMapper("ferguson.ccmail.invalid", "FERGUSON", table);
        var mapped = mapper.Map(TestAddresses.Native("Smith, Grover", "FERGUSON"));
        Assert.Equal(("SMTP", "grover@ferguson.example", "Smith, Grover"), (mapped.Type, mapped.AddrSpec, mapped.DisplayName));
        Assert.Equal("grover@ferguson.example", mapper.Map(TestAddresses.NameOnly("Smith, Grover")).AddrSpec);
        Assert.False(mapper.Map(TestAddresses.Native("Smith, Grover", "ELSEWHERE")).IsSmtp);
    }

    [Theory]
    [InlineData("FERGUSON", "ferguson.ccmail.invalid")]
    [InlineData("Head Office (NY)", "head-office-ny.ccmail.invalid")]
    [InlineData("", "postoffice.ccmail.invalid")]
    [InlineData("東京", "postoffice.ccmail.invalid")]
    public void OrganisationDomainDerivesFromThePostOfficeName(string postOffice, string domain) =>
        Assert.Equal(domain, AddressMapper.DefaultOrgDomain(postOffice));

    [Fact]
    public void AMessageWithoutSenderHasNoFromAddress()
    {
        var message = new CcMessage { Items = [new TextItem { Text = "x" }], Date = new DateTime(2000, 1, 1) };
        Assert.Empty(Converting.RoundTrip(message).From);
    }
}
