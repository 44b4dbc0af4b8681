using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * Reads manifest.jsonl (docs/formats/manifest.md) without ever throwing on content: a line that is
 * not JSON, or a record whose required keys are missing or of the wrong type, becomes an error
 * diagnostic naming the file and the line, and the other lines are still read (the first 100
 * errors are kept, all are counted). A file with no message record (empty, or not a manifest at
 * all) and a directory are errors too: nothing could be checked against them. Unknown keys are
 * ignored so a newer generator's additions do not break an older Comparer.
 *
 * The file is streamed line by line (a 100,000-message manifest is ~90 MB of text, twice that as
 * strings), and the strings that repeat across records (mailbox, folder, address parts, priority)
 * are shared through a per-read pool, so the parsed manifest holds each of them once.
 *
 * A line is read by ManifestRecordScanner (one forward pass, no JsonDocument); a line it is unsure
 * of (a header, anything odd or wrong) is read by ManifestDocumentReader, which words diagnostics.
 */

/// <summary>Reads <c>manifest.jsonl</c> into a <see cref="Manifest"/>, reporting bad lines as diagnostics with file and line.</summary>
public static class ManifestReader
{
    /// <summary>The manifest format this reader understands.</summary>
    public const string Format = "mailmig-fidelity/manifest@1";

    /// <summary>How many error diagnostics are kept; the rest are only counted (<see cref="Manifest.ErrorCount"/>), so a binary file cannot fill memory.</summary>
    public const int MaxErrorsKept = 100;

    /// <summary>Reads the manifest at <paramref name="path"/>; an unreadable file gives a manifest with one error diagnostic.</summary>
    public static Manifest Read(string path)
    {
        if (Directory.Exists(path))
        {
            return Unreadable(path, "a directory, not a manifest file");
        }

        try
        {
            return Parse(path, File.ReadLines(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e.Message);
        }
    }

    private static Manifest Unreadable(string path, string why) =>
        new() { Path = path, Diagnostics = [new ComparerDiagnostic(ComparerSeverity.Error, "manifest.unreadable", why, path)], ErrorCount = 1 };

    /// <summary>Parses manifest <paramref name="lines"/>, enumerated once; <paramref name="path"/> names the file in diagnostics.</summary>
    public static Manifest Parse(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var problems = new ManifestProblems(path);
        var messages = new List<ManifestMessage>(lines.TryGetNonEnumeratedCount(out var count) ? count : 0);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        ManifestHeader? header = null;
        var number = 0;
        foreach (var line in lines)
        {
            var read = ReadLine(path, line, ++number, pool);
            header = read.Header ?? header;
            if (read.Message is not null)
            {
                messages.Add(read.Message);
            }

            problems.Add(read.Diagnostic);
        }

        problems.Finish(header is not null, messages.Count, number);
        return new Manifest { Path = path, Header = header, Messages = messages, Diagnostics = problems.Kept, ErrorCount = problems.ErrorCount };
    }

    /// <summary>Reads one manifest line (number <paramref name="number"/>): a header, a message record, nothing, or a diagnostic; never throws on content.</summary>
    internal static ManifestLine ReadLine(string path, string line, int number, Dictionary<string, string>? pool)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return default;
        }

        // The scanner reads UTF-8: text is transcoded to the same bytes (a lone surrogate cannot be, and goes to the document reader).
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length));
        try
        {
            return Utf8.FromUtf16(line, bytes, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
                && ManifestRecordScanner.TryRead(bytes.AsSpan(0, written), number, build: true, pool, out var message, out _, out _)
                ? new ManifestLine(null, message, null)
                : ManifestDocumentReader.ReadLine(path, line, default, number, pool);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>Reads one manifest line given as raw bytes exactly as <see cref="ReadLine(string, string, int, Dictionary{string, string}?)"/> reads them decoded, without decoding valid UTF-8.</summary>
    internal static ManifestLine ReadLine(string path, ReadOnlyMemory<byte> line, int number, Dictionary<string, string>? pool)
    {
        if (!IsPlainUtf8(line.Span))
        {
            return ReadLine(path, Encoding.UTF8.GetString(line.Span), number, pool);
        }

        return ManifestRecordScanner.TryRead(line.Span, number, build: true, pool, out var message, out _, out _)
            ? new ManifestLine(null, message, null)
            : ManifestDocumentReader.ReadLine(path, null, line, number, pool);
    }

    /// <summary>Checks one manifest line given as raw bytes as <see cref="ReadLine(string, ReadOnlyMemory{byte}, int, Dictionary{string, string}?)"/> reads it, giving a message record's key instead of the record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ManifestLine Check(string path, ReadOnlyMemory<byte> line, int number, out string? mailbox, out int index)
    {
        if (IsPlainUtf8(line.Span) && ManifestRecordScanner.TryRead(line.Span, number, build: false, null, out _, out mailbox, out index))
        {
            return default;
        }

        var read = ReadLine(path, line, number, null);
        (mailbox, index) = read.Message is { } message ? (message.Mailbox, message.Index) : (null, 0);
        return read with { Message = null };
    }

    // Valid UTF-8 with a visible ASCII byte is read as bytes; any other line is decoded and judged as text (blank or not).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsPlainUtf8(ReadOnlySpan<byte> line) => Utf8.IsValid(line) && HasAsciiNonWhiteSpace(line);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasAsciiNonWhiteSpace(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b < 0x80 && !char.IsWhiteSpace((char)b))
            {
                return true;
            }
        }

        return false;
    }
}
