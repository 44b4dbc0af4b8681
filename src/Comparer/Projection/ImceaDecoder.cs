using System.Buffers;
using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Comparer.Projection;

/*
 * IMCEA decapsulation, written here from the public specification (MS-OXCMAIL 2.1.3.1.8 and
 * 2.2.3.1.2, KB Q241874, Q271575) and deliberately not shared with the Migrator's encoder: the
 * Comparer is an independent oracle, so an encoding bug there cannot cancel itself out here.
 *
 *   IMCEA<TYPE>-<encoded>@<domain>     '+XX' is one byte (runs of them are UTF-8), '_' is '/',
 *                                      everything else stands for itself.
 *
 * The prefix must be upper case (Q271575: Exchange 5.5's IMS treats 'imcea...' as a plain SMTP
 * address), so a lower- or mixed-case prefix is read as SMTP, exactly as Exchange would.
 */

/// <summary>Decodes IMCEA-encapsulated SMTP addresses back to their address type and original address.</summary>
public static class ImceaDecoder
{
    private const string Prefix = "IMCEA";

    [ThreadStatic]
    private static string? _lastDomain;

    [ThreadStatic]
    private static string? _lastType;

    /// <summary>Decodes <paramref name="smtpAddress"/>; a plain SMTP address comes back with type <c>SMTP</c> and itself as address.</summary>
    public static ImceaAddress Decode(string smtpAddress)
    {
        ArgumentNullException.ThrowIfNull(smtpAddress);
        var at = smtpAddress.LastIndexOf('@');
        var local = at < 0 ? smtpAddress.AsSpan() : smtpAddress.AsSpan(0, at);
        var domain = at < 0 ? "" : Reuse(ref _lastDomain, smtpAddress.AsSpan(at + 1));
        var plain = new ImceaAddress(false, "SMTP", smtpAddress, domain, null);
        if (!local.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return plain;
        }

        var dash = local[Prefix.Length..].IndexOf('-') + Prefix.Length;
        if (dash <= Prefix.Length)
        {
            return plain;
        }

        var type = local[Prefix.Length..dash];
        foreach (var c in type)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return plain;
            }
        }

        var (address, problem) = DecodePayload(local[(dash + 1)..], dash + 1);
        return new ImceaAddress(true, Reuse(ref _lastType, type), address, domain, problem);
    }

    // Addresses of one message mostly share their domain and type: the last one of each is kept per thread and given again.
    private static string Reuse(ref string? last, ReadOnlySpan<char> text)
    {
        if (last is null || !text.SequenceEqual(last))
        {
            last = text.ToString();
        }

        return last;
    }

    private static (string Address, string? Problem) DecodePayload(ReadOnlySpan<char> payload, int payloadStart)
    {
        if (payload.IndexOfAny('+', '_') < 0)
        {
            return (payload.ToString(), null);
        }

        // The decoded text is never longer than the payload, and a '+XX' run's bytes are at most a third of it.
        var rented = payload.Length > 512 ? ArrayPool<char>.Shared.Rent(payload.Length) : null;
        Span<char> text = rented ?? stackalloc char[payload.Length];
        Span<byte> bytes = payload.Length <= 1536 ? stackalloc byte[(payload.Length / 3) + 1] : new byte[(payload.Length / 3) + 1];
        var (length, count) = (0, 0);
        string? problem = null;
        for (var i = 0; i < payload.Length; i++)
        {
            var c = payload[i];
            if (c == '+' && i + 2 < payload.Length && TryHex(payload[i + 1], payload[i + 2], out var b))
            {
                bytes[count++] = b;
                i += 2;
                continue;
            }

            length += FlushBytes(bytes[..count], text[length..], payloadStart + i, ref problem);
            count = 0;
            if (c == '+')
            {
                problem ??= string.Create(CultureInfo.InvariantCulture, $"'+' not followed by two hex digits at {payloadStart + i}; kept as written");
            }

            text[length++] = c == '_' ? '/' : c;
        }

        length += FlushBytes(bytes[..count], text[length..], payloadStart + payload.Length, ref problem);
        var address = text[..length].ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return (address, problem);
    }

    // Decodes a '+XX' run as UTF-8 (as Latin-1 when it is not UTF-8, which sets problem if unset); returns the characters written.
    private static int FlushBytes(ReadOnlySpan<byte> bytes, Span<char> text, int position, ref string? problem)
    {
        if (bytes.IsEmpty)
        {
            return 0;
        }

        try
        {
            return StrictUtf8.GetChars(bytes, text);
        }
        catch (DecoderFallbackException)
        {
            problem ??= string.Create(CultureInfo.InvariantCulture, $"the bytes before {position} are not UTF-8; read as Latin-1");
            return Encoding.Latin1.GetChars(bytes, text);
        }
    }

    private static bool TryHex(char high, char low, out byte value)
    {
        value = 0;
        if (!char.IsAsciiHexDigit(high) || !char.IsAsciiHexDigit(low))
        {
            return false;
        }

        value = (byte)((HexValue(high) << 4) | HexValue(low));
        return true;
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
}
