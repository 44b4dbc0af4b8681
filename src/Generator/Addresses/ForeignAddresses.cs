using System.Globalization;
using Bogus;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Addresses;

/// <summary>Correspondents outside the post office, of every address type the directory's gateways carry, so types mix naturally.</summary>
public sealed class ForeignAddresses
{
    private readonly double _attmailShare;
    private readonly RemoteUser[] _remoteUsers;

    private readonly Companies _companies;

    /// <summary>Foreign addresses reachable from <paramref name="postOffice"/>; <paramref name="attmailShare"/> of them ATTMAIL; organisations from <paramref name="companies"/>.</summary>
    public ForeignAddresses(GeneratedPostOffice postOffice, double attmailShare, Companies companies)
    {
        _companies = companies;
        _attmailShare = attmailShare;
        _remoteUsers = postOffice.RemoteUsers.Where(r => !postOffice.ExtraPostOffices.Contains(r.PostOffice)).ToArray();
    }

    /// <summary>A foreign address of a form drawn by the profile's mix.</summary>
    public CcAddress Any(Faker faker)
    {
        var random = faker.Random;
        if (random.Double() < _attmailShare)
        {
            return Of(ForeignForm.Attmail, faker);
        }

        var roll = random.Double();
        var form = roll switch
        {
            < 0.30 => ForeignForm.Remote,
            < 0.50 => ForeignForm.SmtpAtGateway,
            < 0.62 => ForeignForm.SmtpBracketed,
            < 0.68 => ForeignForm.SmtpTyped,
            < 0.74 => ForeignForm.X400Typed,
            < 0.78 => ForeignForm.X400Bracketed,
            < 0.84 => ForeignForm.MsMail,
            < 0.89 => ForeignForm.Mhs,
            < 0.95 => ForeignForm.Notes,
            _ => ForeignForm.Fax,
        };
        return Of(form, faker);
    }

    /// <summary>A foreign address of <paramref name="form"/>.</summary>
    public CcAddress Of(ForeignForm form, Faker faker)
    {
        var random = faker.Random;
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var user = Ascii((first[..1] + last).ToLowerInvariant());
        var org = _companies.Org(random);
        switch (form)
        {
            case ForeignForm.Remote:
                var remote = random.ArrayElement(_remoteUsers);
                return AddressFactory.Native(remote.Name, remote.PostOffice);
            case ForeignForm.SmtpAtGateway:
                return AddressFactory.SmtpAtGateway($"{user}@{random.ArrayElement(Pools.Domains)}", Gateways.Smtp);
            case ForeignForm.SmtpBracketed:
                return AddressFactory.Bracketed($"{last}, {first}", "SMTP", $"{user}@{random.ArrayElement(Pools.Domains)}", Gateways.Smtp);
            case ForeignForm.SmtpTyped:
                return AddressFactory.Typed("SMTP", $"{Ascii(first.ToLowerInvariant())}.{Ascii(last.ToLowerInvariant())}@{random.ArrayElement(Pools.Domains)}");
            case ForeignForm.X400Typed:
                return AddressFactory.Typed("X400", $"/c=US/a=MCI/p={org}/s={Ascii(last)}/g={Ascii(first)}");
            case ForeignForm.X400Bracketed:
                return AddressFactory.Bracketed($"{last}, {first}", "X400", $"/c=DE/a=DBP/p={org}/s={Ascii(last)}/g={Ascii(first)}", Gateways.X400);
            case ForeignForm.MsMail:
                return AddressFactory.Typed("MS", $"{org}NET/PO{random.Int(1, 9)}/{user.ToUpperInvariant()}");
            case ForeignForm.Mhs:
                return AddressFactory.Gateway(user.ToUpperInvariant(), Gateways.Mhs);
            case ForeignForm.Notes:
                return AddressFactory.Gateway($"{first} {last}/Sales/{org}", Gateways.Notes);
            case ForeignForm.Fax:
                return AddressFactory.Typed("FAX", string.Create(CultureInfo.InvariantCulture, $"+1 {random.Int(201, 989)} 555 {random.Int(0, 9999):0000}"));
            default:
                var spelling = random.Enum<AttmailForm>();
                var textCase = random.Enum<TextCase>();
                return AddressFactory.Attmail(spelling, textCase, user, org, Ascii(last), Ascii(first));
        }
    }

    /// <summary>An organisation token from the run's company pool.</summary>
    public string Org(Randomizer random) => _companies.Org(random);

    /// <summary>Letters and digits of <paramref name="text"/> only, so generated mailbox names stay plain.</summary>
    public static string Ascii(string text)
    {
        var chars = text.Where(char.IsAsciiLetterOrDigit).ToArray();
        return chars.Length == 0 ? "X" : new string(chars);
    }
}
