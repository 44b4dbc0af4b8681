/*
 * The elements of an address value are its words and the parts of its lists: what `,`, `;`, `/`
 * and spaces separate (`Doe, Jane at FERGUSON`, `c=US;a=ATTMAIL;p=ACME`, `X400:/c=US/a=ATTMAIL`).
 * Each element keeps the separators before it, so joining the elements gives the value back and
 * removing one removes it with its separator.
 */
namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Splits an address value into removable elements.</summary>
public static class AddressElements
{
    /// <summary>The elements of <paramref name="value"/>, each with the separators before it; they concatenate to <paramref name="value"/>.</summary>
    public static IReadOnlyList<byte[]> Split(byte[] value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var elements = new List<byte[]>();
        var start = 0;
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && IsSeparator(value[i]))
            {
                i++;
            }

            while (i < value.Length && !IsSeparator(value[i]))
            {
                i++;
            }

            elements.Add(value[start..i]);
            start = i;
        }

        return elements;
    }

    private static bool IsSeparator(byte b) => b is (byte)',' or (byte)';' or (byte)'/' or (byte)' ' or (byte)'\t';
}
