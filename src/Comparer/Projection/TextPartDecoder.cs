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
 */

/// <summary>Decodes a text part exactly as <see cref="TextPart.Text"/> does, without MimeKit's locked charset lookup per call.</summary>
internal static class TextPartDecoder
{
    // Enough for every charset seen in practice; a message full of invented names cannot grow it further.
    private const int MaxCachedCharsets = 256;
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
            return part.GetText(encoding);
        }
        catch (DecoderFallbackException)
        {
            // TextPart.Text meets the same failure and falls back to iso-8859-1 its own way.
            return part.Text;
        }
    }

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
