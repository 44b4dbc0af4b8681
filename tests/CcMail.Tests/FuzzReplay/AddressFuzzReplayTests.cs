using System.Text;
using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Tests.FuzzReplay;

/// <summary>Replays the address parser's saved fuzz corpus (fuzz/run.sh address) as it is parsed in the campaign, without AFL.</summary>
public sealed class AddressFuzzReplayTests
{
    private static readonly AddressParserOptions StrictInFerguson = AddressParserOptions.Strict with { DefaultPostOffice = "FERGUSON" };

    public static TheoryData<string> Inputs => FuzzCorpus.Files("address");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EachSavedAddressIsParsedLooseAndStrictWithoutExceptionTheSameWayTwiceAndFormatsBack(string input)
    {
        var text = Encoding.UTF8.GetString(FuzzCorpus.Read("address", input));

        foreach (var options in new[] { AddressParserOptions.Default, StrictInFerguson })
        {
            var address = AddressParser.Parse(text, options);
            var again = AddressParser.Parse(text, options);

            Assert.Equal(Describe(address), Describe(again));
            Assert.NotNull(AddressFormatter.Format(address));
        }
    }

    private static string Describe(CcAddress a) =>
        $"{a.Kind} {a.Notation} {a.Type}|{a.Address}|{a.DisplayName}|{a.PostOffice} [{string.Join(",", a.Diagnostics.Select(d => d.Code))}]";
}
