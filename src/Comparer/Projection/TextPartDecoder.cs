using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Projection;

/*
 * TextPart.Text looks the charset up in MimeKit's CharsetUtils on every call, and that lookup takes
 * a process-wide lock: with two threads reading messages, the profiler showed them queueing on it
 * (14% of compare's time). The lookup of a charset name always gives the same answer, so it is
 * made once per name here, and the text is decoded exactly as TextPart.Text would decode it: with
 * the charset's encoding when it names one, and anything else (no charset, an unknown one, bytes
 * the encoding refuses) is left to TextPart.Text itself.
 *
 * TextPart.GetText itself copies the content through a charset filter (to UTF-8) and a newline
 * filter into a new stream and decodes that: half of the cost of reading a typical message's
 * body. For content that needs no transfer decoding (7bit, 8bit, binary) in an ASCII-compatible
 * charset whose bytes CR and LF are always the characters CR and LF (UTF-8, ASCII, Latin-1, the
 * ISO-8859 and Windows-125x sets), the same text is made directly: the newline filter's rule
 * (a CR is dropped when a LF or the end follows it) applied to the bytes, then one decoding.
 */

/// <summary>Decodes a text part exactly as <see cref="TextPart.Text"/> does, without MimeKit's locked charset lookup per call.</summary>
internal static class TextPartDecoder
{
    // Enough for every charset seen in practice; a message full of invented names cannot grow it further.
    private const int MaxCachedCharsets = 256;

    // Larger text goes through GetText, which streams it (and no larger buffer is left in the shared pool).
    private const int MaxDirectBytes = 1 << 20;
    private static readonly ConcurrentDictionary<string, Encoding?> Encodings = new(StringComparer.Ordinal);

    /// <summary>The decoded text of <paramref name="part"/>, equal to <c>part.Text</c>.</summary>
    public static string TextOf(TextPart part)
    {
        if (part.ContentType.Charset is not { } charset || EncodingOf(charset, part.ContentType) is not { } encoding)
        {
            return part.Text;
        }

        try
        {
            return TryDecodeDirectly(part, encoding) ?? part.GetText(encoding);
        }
        catch (DecoderFallbackException)
        {
            // TextPart.Text meets the same failure and falls back to iso-8859-1 its own way.
            return part.Text;
        }
    }

    // GetText's result made without its filters, or null when the content or charset is not one that allows it.
    private static string? TryDecodeDirectly(TextPart part, Encoding encoding)
    {
        if (part.Content is not { Stream: { CanSeek: true, CanRead: true } stream } content
            || content.Encoding is not (ContentEncoding.Default or ContentEncoding.SevenBit or ContentEncoding.EightBit or ContentEncoding.Binary)
            || !IsAsciiCompatible(encoding.CodePage) || stream.Length > MaxDirectBytes)
        {
            return null;
        }

        var length = (int)stream.Length;
        var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            stream.Position = 0;
            stream.ReadExactly(bytes, 0, length);
            stream.Position = 0;
            return encoding.GetString(bytes, 0, DosToUnix(bytes.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // MimeKit's Dos2UnixFilter in place: a CR is kept only when a byte other than LF follows it.
    private static int DosToUnix(Span<byte> bytes)
    {
        var first = bytes.IndexOf((byte)'\r');
        if (first < 0)
        {
            return bytes.Length;
        }

        var count = first;
        for (var i = first; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b != '\r' || (i + 1 < bytes.Length && bytes[i + 1] != '\n'))
            {
                bytes[count++] = b;
            }
        }

        return count;
    }

    // Encodings in which every byte below 0x80 is that ASCII character and no byte sequence holds a CR or LF byte otherwise.
    private static bool IsAsciiCompatible(int codePage) =>
        codePage is 65001 or 20127 or 28591 or (>= 1250 and <= 1258) or (>= 28592 and <= 28599) or 28603 or 28605;

    // The first lookup of a name asks ContentType.CharsetEncoding (which takes the lock); later ones are answered here.
    private static Encoding? EncodingOf(string charset, ContentType contentType)
    {
        if (Encodings.TryGetValue(charset, out var known))
        {
            return known;
        }

        var encoding = contentType.CharsetEncoding;
        if (Encodings.Count < MaxCachedCharsets)
        {
            Encodings.TryAdd(charset, encoding);
        }

        return encoding;
    }
}
