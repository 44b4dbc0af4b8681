using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MailMig.Fidelity.Comparer.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * A manifest.jsonl indexed instead of loaded: every line is checked once, in parallel batches of
 * ~1 MB read straight from the file buffer, exactly as ManifestReader reads it (the same
 * diagnostics, so a bad manifest is refused before anything is compared), but only each record's
 * key, byte offset and length are kept. The check is ManifestRecordScanner without building
 * anything; the record is built by the same scanner from its bytes when a message is paired with
 * it. 1,000,000 records cost ~60 MB here instead of ~1.5 GB loaded.
 */

/// <summary>A <c>manifest.jsonl</c> indexed by (mailbox, index) → byte range, its records read on demand; dispose to close the file.</summary>
public sealed class ManifestIndex : ManifestRecords
{
    private const int BatchBytes = 1 << 20;
    private const int RangeSize = 64;
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
            // Read as when indexing: valid UTF-8 (every line a generator writes) as it is, anything else decoded.
            return ManifestReader.ReadLine(_summary.Path, bytes.AsMemory(0, read), _lines[slot], null).Message;
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
        var checks = Array.Empty<(ManifestLine Line, string? Mailbox, int Index)>();
        foreach (var batch in ManifestLineSplitter.SplitBatches(stream, BatchBytes))
        {
            if (checks.Length < batch.Count)
            {
                checks = new (ManifestLine, string?, int)[batch.Count];
            }

            CheckAll(batch, checks, number + 1);
            for (var i = 0; i < batch.Count; i++)
            {
                header = checks[i].Line.Header ?? header;
                problems.Add(checks[i].Line.Diagnostic);
                if (checks[i].Mailbox is { } mailbox)
                {
                    Keep(mailbox, checks[i].Index, batch[i], number + 1 + i, pool);
                }
            }

            number += batch.Count;
        }

        problems.Finish(header is not null, Count, number);
        _summary = new Manifest { Path = _summary.Path, Header = header, Diagnostics = problems.Kept, ErrorCount = problems.ErrorCount };
        Seal();
    }

    // The lines of a batch are checked in parallel, in ranges, each into its own slot of checks.
    private void CheckAll(List<(long Offset, ReadOnlyMemory<byte> Bytes)> batch, (ManifestLine Line, string? Mailbox, int Index)[] checks, int first)
    {
        var path = _summary.Path;
        Parallel.ForEach(Partitioner.Create(0, batch.Count, RangeSize), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (range) =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var line = ManifestReader.Check(path, batch[i].Bytes, first + i, out var mailbox, out var index);
                checks[i] = (line, mailbox, index);
            }
        });
    }

    private void Keep(string mailbox, int index, (long Offset, ReadOnlyMemory<byte> Bytes) line, int number, Dictionary<string, string> pool)
    {
        ref var pooled = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pool, mailbox, out var exists);
        if (!exists)
        {
            pooled = mailbox;
        }

        Add(pooled!, index);
        _offsets.Add(line.Offset);
        _lengths.Add(line.Bytes.Length);
        _lines.Add(number);
    }
}
