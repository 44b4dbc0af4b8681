/*
 * Keyed, consistent, shape-keeping pseudonyms. A word maps through HMAC-SHA256 of the key and the
 * word (upper-cased, so "Doe" and "DOE" keep one pseudonym in two spellings) to a word of the same
 * length whose every byte keeps its class: upper and lower case ASCII letters, digits, cp437/cp850
 * letters above 0x7F (high bytes stay high), cp932 half-width kana, and cp932 double-byte
 * characters, whose trail byte is kept when it is 0x5B, 0x5C or 0x5D (KB Q198861) so the bytes a
 * naive parser trips over stay. Lengths never change, so no size in the file changes either.
 */
using System.Security.Cryptography;
using System.Text;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Cli.Anonymizing;

/// <summary>Maps words and attachment bytes to keyed pseudonyms of the same shape.</summary>
public sealed class Pseudonyms
{
    private readonly byte[] _key;
    private readonly int _codePage;
    private readonly byte[] _highLetters;
    private readonly bool[] _letters = new bool[256];
    private readonly byte[] _upper = new byte[256];
    private readonly byte[] _lower = new byte[256];
    private readonly Dictionary<byte, byte[]> _leadsByTrail = [];
    private readonly Dictionary<string, byte[]> _words = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _avoid;

    /// <summary>Pseudonyms under <paramref name="key"/> for text in <paramref name="codePage"/>; no pseudonym spells a word of <paramref name="avoid"/>.</summary>
    public Pseudonyms(byte[] key, int codePage, IReadOnlySet<string> avoid)
    {
        _key = key;
        _codePage = codePage;
        _avoid = avoid;
        var encoding = CodePages.Get(codePage == 932 ? 850 : codePage);
        for (var b = 0; b < 256; b++)
        {
            _upper[b] = _lower[b] = (byte)b;
            if (codePage != 932 || b < 0x80)
            {
                var c = encoding.GetString([(byte)b])[0];
                _upper[b] = Twin(encoding, c, char.ToUpperInvariant(c), (byte)b);
                _lower[b] = Twin(encoding, c, char.ToLowerInvariant(c), (byte)b);
            }
        }

        for (var b = 0x80; b < 256 && codePage != 932; b++)
        {
            _letters[b] = char.IsLetter(encoding.GetString([(byte)b])[0]);
        }

        // High letters a pseudonym uses: upper case with a lower-case twin in the code page, so case can be kept.
        _highLetters = Enumerable.Range(0x80, 0x80).Select(b => (byte)b).Where(b => codePage != 932 && _upper[b] == b && _lower[b] != b).ToArray();
    }

    private static byte Twin(Encoding encoding, char c, char twin, byte fallback)
    {
        var bytes = encoding.GetBytes([twin]);
        return twin != c && bytes.Length == 1 && encoding.GetString(bytes)[0] == twin ? bytes[0] : fallback;
    }

    /// <summary>Whether <paramref name="bytes"/>[<paramref name="at"/>] starts a word character; <paramref name="length"/> is its byte count (2 for a cp932 double-byte character).</summary>
    public bool IsWordAt(ReadOnlySpan<byte> bytes, int at, out int length)
    {
        var b = bytes[at];
        length = 1;
        if (_codePage == 932 && b is >= 0x81 and <= 0x9F or >= 0xE0 and <= 0xFC && at + 1 < bytes.Length)
        {
            length = 2;
            return true;
        }

        return char.IsAsciiLetterOrDigit((char)b) || (_codePage == 932 ? b is >= 0xA1 and <= 0xDF : _letters[b]);
    }

    /// <summary>The pseudonym of <paramref name="word"/>: same length, same byte classes, never the word itself or a word to avoid.</summary>
    public byte[] Word(byte[] word)
    {
        var folded = Convert.ToHexString(Upper(word));
        if (!_words.TryGetValue(folded, out var shape))
        {
            for (var attempt = 0; ; attempt++)
            {
                shape = Shape(Upper(word), Stream("word", [.. Encoding.ASCII.GetBytes(folded), (byte)attempt], word.Length * 2));
                var text = Encoding.Latin1.GetString(shape);
                if (!shape.AsSpan().SequenceEqual(Upper(word)) && !_avoid.Contains(text))
                {
                    break;
                }
            }

            _words[folded] = shape;
        }

        return ApplyCase(shape, word);
    }

    /// <summary>Keyed random bytes for an attachment's <paramref name="data"/>: same length, CR and LF kept where they were, none added.</summary>
    public byte[] Data(byte[] data, bool hex)
    {
        var stream = Stream("data", SHA256.HashData(data), data.Length);
        var upper = hex && data.Any(b => b is >= (byte)'A' and <= (byte)'F');
        var digits = upper ? "0123456789ABCDEF"u8 : "0123456789abcdef"u8;
        var output = new byte[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            output[i] = data[i] is (byte)'\r' or (byte)'\n' ? data[i]
                : hex ? digits[stream[i] % 16]
                : stream[i] is (byte)'\r' or (byte)'\n' ? (byte)(stream[i] + 2) : stream[i];
        }

        return output;
    }

    private byte[] Shape(byte[] word, byte[] stream)
    {
        var output = new byte[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var b = word[i];
            var r = stream[i];
            if (_codePage == 932 && b is >= 0x81 and <= 0x9F or >= 0xE0 and <= 0xFC && i + 1 < word.Length)
            {
                var (lead, trail) = DoubleByte(word[i + 1], r, stream[word.Length + i]);
                output[i] = lead;
                output[++i] = trail;
                continue;
            }

            output[i] = b switch
            {
                >= (byte)'0' and <= (byte)'9' => (byte)('0' + (r % 10)),
                >= (byte)'A' and <= (byte)'Z' => (byte)('A' + (r % 26)),
                >= 0xA1 and <= 0xDF when _codePage == 932 => (byte)(0xA6 + (r % 56)),
                >= 0x80 => _highLetters[r % _highLetters.Length],
                _ => b,
            };
        }

        return output;
    }

    /// <summary>A cp932 double-byte character: the trail kept when it is [ \ ], with a lead that makes a real character; otherwise a hiragana.</summary>
    private (byte Lead, byte Trail) DoubleByte(byte trail, byte r1, byte r2)
    {
        if (trail is 0x5B or 0x5C or 0x5D)
        {
            var leads = LeadsFor(trail);
            return (leads[r1 % leads.Length], trail);
        }

        return (0x82, (byte)(0x9F + (r2 % 83)));
    }

    private byte[] LeadsFor(byte trail)
    {
        if (!_leadsByTrail.TryGetValue(trail, out var leads))
        {
            var strict = CodePages.GetStrict(932);
            leads = Enumerable.Range(0x88, 0x98 - 0x88).Select(l => (byte)l).Where(l => Decodes(strict, [l, trail])).ToArray();
            _leadsByTrail[trail] = leads;
        }

        return leads;
    }

    private static bool Decodes(Encoding strict, byte[] bytes)
    {
        try
        {
            return strict.GetString(bytes).Length == 1;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private byte[] Upper(byte[] word) => word.Select(b => _upper[b]).ToArray();

    /// <summary>The shape (upper case) with the letters lowered where the original's are lower case; a cp932 trail byte is never touched.</summary>
    private byte[] ApplyCase(byte[] shape, byte[] original)
    {
        var output = (byte[])shape.Clone();
        for (var i = 0; i < shape.Length; i++)
        {
            if (_codePage == 932 && original[i] is >= 0x81 and <= 0x9F or >= 0xE0 and <= 0xFC)
            {
                i++;
                continue;
            }

            output[i] = _upper[original[i]] != original[i] ? _lower[shape[i]] : shape[i];
        }

        return output;
    }

    private byte[] Stream(string purpose, byte[] seed, int length)
    {
        var output = new byte[Math.Max(length, 1)];
        using var hmac = new HMACSHA256(_key);
        for (var block = 0; block * 32 < output.Length; block++)
        {
            var chunk = hmac.ComputeHash([.. Encoding.ASCII.GetBytes(purpose), .. BitConverter.GetBytes(block), .. seed]);
            chunk.AsSpan(0, Math.Min(32, output.Length - (block * 32))).CopyTo(output.AsSpan(block * 32));
        }

        return output;
    }
}
