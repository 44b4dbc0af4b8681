using System.Text;

namespace MailMig.Fidelity.Comparer.Snapshots;

/*
 * Snapshot files are UTF-8 without BOM with LF line ends, and the projection never ends with a
 * line break, so a verified file has none either. Reading is forgiving about what editors and git
 * do to text files: a BOM is dropped, CR LF becomes LF, and one final LF (an editor's "insert final
 * newline") is ignored. Nothing else is normalised: trailing spaces and tabs in body lines count.
 */

/// <summary>Reads and writes snapshot files (<c>*.verified.txt</c>, <c>*.received.txt</c>) with the project's text conventions.</summary>
public static class SnapshotFile
{
    /// <summary>The extension of an accepted snapshot.</summary>
    public const string VerifiedExtension = ".verified.txt";

    /// <summary>The extension of a snapshot produced by a run that did not match.</summary>
    public const string ReceivedExtension = ".received.txt";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Reads a snapshot file normalised for comparison, or null when it does not exist.</summary>
    public static string? Read(string path)
    {
        try
        {
            return Normalise(File.ReadAllText(path, Utf8NoBom));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Whether the file at <paramref name="path"/>, read as <see cref="Read"/> reads it, certainly equals <paramref name="text"/>; false also when that cannot be told from its bytes alone.</summary>
    /// <remarks>
    /// The fast path of compare: most snapshots match, and comparing bytes spares decoding the file.
    /// Only a file without a byte-order mark and without CR bytes is judged here; after dropping one
    /// final LF its bytes must be the strict UTF-8 of <paramref name="text"/>, and then decoding it
    /// gives exactly <paramref name="text"/>. Anything else (a missing file too) answers false and
    /// is left to <see cref="Read"/>.
    /// </remarks>
    public static bool Matches(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArraySegment<byte> bytes;
        try
        {
            bytes = Output.ThreadFileBuffer.ReadAll(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        var content = bytes.AsSpan();
        // A first byte that may start a UTF-8, UTF-16 or UTF-32 byte-order mark: the reader's detection decides.
        if (content.Length > 0 && content[0] is 0xEF or 0xFE or 0xFF or 0x00)
        {
            return false;
        }

        if (content.Contains((byte)'\r'))
        {
            return false;
        }

        if (content.Length > 0 && content[^1] == (byte)'\n')
        {
            content = content[..^1];
        }

        return Utf8Equals(content, text);
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without BOM, creating the folder; the text is written as given (LF, no final line break).</summary>
    public static void Write(string path, string text)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, text, Utf8NoBom);
    }

    /// <summary>Drops a BOM, turns CR LF into LF and removes one final LF.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }

        return text.EndsWith('\n') ? text[..^1] : text;
    }

    /// <summary>The received path that belongs to <paramref name="verifiedPath"/>.</summary>
    public static string ReceivedPathFor(string verifiedPath) => ChangeSuffix(verifiedPath, VerifiedExtension, ReceivedExtension);

    /// <summary>The verified path that belongs to <paramref name="receivedPath"/>.</summary>
    public static string VerifiedPathFor(string receivedPath) => ChangeSuffix(receivedPath, ReceivedExtension, VerifiedExtension);

    /// <summary>Deletes <paramref name="path"/> if it exists.</summary>
    public static void DeleteIfExists(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    // Compares in slices, encoding strictly: a lone surrogate in the text has no UTF-8 form, so no file equals it here.
    private static bool Utf8Equals(ReadOnlySpan<byte> content, string text)
    {
        Span<byte> encoded = stackalloc byte[1024];
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(rest, encoded, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status is System.Buffers.OperationStatus.InvalidData || written > content.Length || !content[..written].SequenceEqual(encoded[..written]))
            {
                return false;
            }

            content = content[written..];
            rest = rest[read..];
            if (status is System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return content.Length == 0 && rest.Length == 0;
    }

    private static string ChangeSuffix(string path, string from, string to)
    {
        if (!path.EndsWith(from, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{path}' does not end with {from}.", nameof(path));
        }

        return path[..^from.Length] + to;
    }
}
