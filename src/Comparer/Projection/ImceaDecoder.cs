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

    /// <summary>Decodes <paramref name="smtpAddress"/>; a plain SMTP address comes back with type <c>SMTP</c> and itself as address.</summary>
    public static ImceaAddress Decode(string smtpAddress)
    {
        ArgumentNullException.ThrowIfNull(smtpAddress);
        var at = smtpAddress.LastIndexOf('@');
        var local = at < 0 ? smtpAddress : smtpAddress[..at];
        var domain = at < 0 ? "" : smtpAddress[(at + 1)..];
        var plain = new ImceaAddress(false, "SMTP", smtpAddress, domain, null);
        if (!local.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return plain;
        }

        var dash = local.IndexOf('-', Prefix.Length);
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

        var (address, problem) = DecodePayload(local.AsSpan(dash + 1), dash + 1);
        return new ImceaAddress(true, type, address, domain, problem);
    }

    private static (string Address, string? Problem) DecodePayload(ReadOnlySpan<char> payload, int payloadStart)
    {
        if (payload.IndexOfAny('+', '_') < 0)
        {
            return (payload.ToString(), null);
        }

        // A '+XX' run is at most a third of the payload: its bytes fit a buffer of that size.
        var text = new StringBuilder(payload.Length);
        Span<byte> bytes = payload.Length <= 1536 ? stackalloc byte[(payload.Length / 3) + 1] : new byte[(payload.Length / 3) + 1];
        var count = 0;
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

            var flushProblem = FlushBytes(bytes[..count], text, payloadStart + i);
            problem ??= flushProblem;
            count = 0;
            if (c == '+')
            {
                problem ??= string.Create(CultureInfo.InvariantCulture, $"'+' not followed by two hex digits at {payloadStart + i}; kept as written");
                text.Append(c);
            }
            else
            {
                text.Append(c == '_' ? '/' : c);
            }
        }

        var lastProblem = FlushBytes(bytes[..count], text, payloadStart + payload.Length);
        problem ??= lastProblem;
        return (text.ToString(), problem);
    }

    private static string? FlushBytes(ReadOnlySpan<byte> bytes, StringBuilder text, int position)
    {
        if (bytes.IsEmpty)
        {
            return null;
        }

        string? problem = null;
        try
        {
            text.Append(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            text.Append(Encoding.Latin1.GetString(bytes));
            problem = string.Create(CultureInfo.InvariantCulture, $"the bytes before {position} are not UTF-8; read as Latin-1");
        }

        return problem;
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
