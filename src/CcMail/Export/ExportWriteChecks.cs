using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * The writer refuses, with an ArgumentException, whatever the reader could not read back to an equal
 * model: an address with no raw text, a line break where a line must end, a keyword that is not one,
 * an extra header that would read back as a field of the message.
 */

/// <summary>The checks <see cref="ExportWriter"/> makes before it writes a value.</summary>
internal static class ExportWriteChecks
{
    /// <summary>The raw text an address is written as; refused when it has none.</summary>
    public static string AddressText(CcAddress address) =>
        string.IsNullOrEmpty(address.Raw)
            ? throw new ArgumentException("An address must carry its Raw text to be written (build it with AddressParser.Parse).", nameof(address))
            : address.Raw;

    /// <summary>The value unchanged; refused when it holds a line break.</summary>
    public static string NoLineBreak(string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') >= 0 ? throw new ArgumentException($"'{value}' contains a line break, which an item line cannot hold.", nameof(value)) : value;

    /// <summary>Refuses a keyword that cannot be written as a header keyword (a block keyword would end the header when read back).</summary>
    public static void CheckKeyword(string keyword)
    {
        if (keyword.Length == 0 || keyword[0] is ' ' or '\t' || keyword.AsSpan().IndexOfAny(":\r\n") >= 0
            || keyword.Equals(ExportKeywords.Message, StringComparison.OrdinalIgnoreCase)
            || Array.Exists(ExportKeywords.PersonalBlocks, b => keyword.Equals(b.Keyword, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"'{keyword}' cannot be written as a header keyword.", nameof(keyword));
        }
    }

    /// <summary>Refuses an extra header that would read back as another field.</summary>
    public static void CheckExtra(CcMessage message, CcHeader extra)
    {
        CheckKeyword(extra.Keyword);
        var keyword = Encoding.ASCII.GetBytes(extra.Keyword);
        var blank = string.IsNullOrWhiteSpace(extra.Value);
        var primaryWritten = extra.Keyword.ToUpperInvariant() switch
        {
            "FROM" => message.From is not null || blank,
            "RRT" => message.ReturnReceiptTo is not null || blank,
            "TO" or "CC" or "BCC" => blank,
            "DATE" => message.DateText is not null || message.Date is not null,
            _ => true,
        };
        if (!primaryWritten || extra.Keyword.Equals(ExportKeywords.Contents, StringComparison.OrdinalIgnoreCase)
            || ExportKeywords.ItemTypeOf(keyword) != ExportItemType.None)
        {
            throw new ArgumentException($"The extra header '{extra.Keyword}: {extra.Value}' would read back as another field.", nameof(message));
        }
    }
}
