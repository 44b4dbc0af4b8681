using System.Buffers;
using System.Text;
using System.Text.Unicode;
using MailMig.Fidelity.Comparer.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * A manifest.jsonl indexed instead of loaded: every line is read and checked once, in parallel
 * batches, exactly as ManifestReader does (the same diagnostics, so a bad manifest is refused
 * before anything is compared), but only each record's key, byte offset and length are kept. A
 * record is parsed again from its bytes when a message is paired with it. 1,000,000 records
 * cost ~60 MB here instead of ~1.5 GB loaded; the price is parsing each record twice.
 */

/// <summary>A <c>manifest.jsonl</c> indexed by (mailbox, index) → byte range, its records read on demand; dispose to close the file.</summary>
public sealed class ManifestIndex : ManifestRecords
{
    private const int BatchSize = 2048;
    private readonly List<long> _offsets = [];
    private readonly List<int> _lengths = [];
    private readonly List<int> _lines = [];
    private readonly SafeFileHandle? _file;
    private Manifest _summary;

    private ManifestIndex(string path, SafeFileHandle? file)
    {
        _file = file;
        _summary = new Manifest { Path = path };
    }

    /// <inheritdoc />
    public override Manifest Summary => _summary;

    /// <summary>Indexes the manifest at <paramref name="path"/>; an unreadable file gives an index whose summary holds one error.</summary>
    public static ManifestIndex Build(string path)
    {
        if (Directory.Exists(path))
        {
            return Unreadable(path, "a directory, not a manifest file");
        }

        SafeFileHandle? file = null;
        try
        {
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var index = new ManifestIndex(path, file);
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
            {
                index.Fill(stream);
            }

            return index;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            return Unreadable(path, e.Message);
        }
    }

    /// <inheritdoc />
    internal override ManifestMessage? Read(int slot)
    {
        if (_file is null)
        {
            return null;
        }

        var length = _lengths[slot];
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = RandomAccess.Read(_file, bytes.AsSpan(0, length), _offsets[slot]);
            // Valid UTF-8 (every line a generator writes) is parsed as it is; anything else is decoded as when indexing.
            var line = bytes.AsMemory(0, read);
            return Utf8.IsValid(line.Span)
                ? ManifestReader.ReadLine(_summary.Path, line, _lines[slot], null).Message
                : ManifestReader.ReadLine(_summary.Path, Encoding.UTF8.GetString(line.Span), _lines[slot], null).Message;
        }
        catch (IOException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _file?.Dispose();
        base.Dispose();
    }

    private static ManifestIndex Unreadable(string path, string why)
    {
        var index = new ManifestIndex(path, null);
        index._summary = new Manifest { Path = path, Diagnostics = [new ComparerDiagnostic(ComparerSeverity.Error, "manifest.unreadable", why, path)], ErrorCount = 1 };
        index.Seal();
        return index;
    }

    private void Fill(Stream stream)
    {
        var problems = new ManifestProblems(_summary.Path);
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        ManifestHeader? header = null;
        var number = 0;
        foreach (var batch in ManifestLineSplitter.SplitBytes(stream).Chunk(BatchSize))
        {
            var first = number + 1;
            var read = new ManifestLine[batch.Length];
            Parallel.For(0, batch.Length, i => read[i] = ManifestReader.ReadLine(_summary.Path, batch[i].Bytes, first + i, null));
            for (var i = 0; i < batch.Length; i++)
            {
                header = read[i].Header ?? header;
                problems.Add(read[i].Diagnostic);
                if (read[i].Message is { } message)
                {
                    Keep(message, batch[i].Offset, batch[i].Bytes.Length, first + i, pool);
                }
            }

            number += batch.Length;
        }

        problems.Finish(header is not null, Count, number);
        _summary = new Manifest { Path = _summary.Path, Header = header, Diagnostics = problems.Kept, ErrorCount = problems.ErrorCount };
        Seal();
    }

    private void Keep(ManifestMessage message, long offset, int length, int line, Dictionary<string, string> pool)
    {
        ref var mailbox = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pool, message.Mailbox, out var exists);
        if (!exists)
        {
            mailbox = message.Mailbox;
        }

        Add(mailbox!, message.Index);
        _offsets.Add(offset);
        _lengths.Add(length);
        _lines.Add(line);
    }
}
