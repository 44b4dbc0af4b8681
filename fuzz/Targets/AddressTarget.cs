using System.Text;
using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.Fuzz;

/// <summary>The address parser (docs/formats/addresses.md): the input is one address as UTF-8, parsed loose and strict and formatted back.</summary>
internal static class AddressTarget
{
    private static readonly AddressParserOptions StrictInFerguson = AddressParserOptions.Strict with { DefaultPostOffice = "FERGUSON" };

    /// <summary>Parses <paramref name="input"/> with both compliance levels and formats what was parsed.</summary>
    public static void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        foreach (var options in new[] { AddressParserOptions.Default, StrictInFerguson })
        {
            var address = AddressParser.Parse(text, options);
            GC.KeepAlive(AddressFormatter.Format(address));
        }
    }
}
