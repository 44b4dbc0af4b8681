namespace MailMig.Fidelity.Cli.Shrinking;

/// <summary>Splits bytes in an export's code page into characters, so removing one never splits a double-byte character of cp932.</summary>
public static class ExportCharacters
{
    /// <summary>The characters of <paramref name="bytes"/> in <paramref name="codePage"/>, each as its bytes.</summary>
    public static IReadOnlyList<byte[]> Split(byte[] bytes, int codePage)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var characters = new List<byte[]>();
        for (var i = 0; i < bytes.Length; i++)
        {
            var lead = codePage == 932 && bytes[i] is >= 0x81 and <= 0x9F or >= 0xE0 and <= 0xFC && i + 1 < bytes.Length;
            characters.Add(lead ? bytes[i..(i + 2)] : [bytes[i]]);
            i += lead ? 1 : 0;
        }

        return characters;
    }
}
