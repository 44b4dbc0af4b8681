using System.Diagnostics;
using System.Globalization;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Benchmarks;

/*
 * Where compare's time and garbage go per message, stage by stage, on one thread: read the file,
 * parse it (MimeParser, as MimeMessageReader does), read it (MimeMessageReader), project it, compare with its verified snapshot, find and
 * parse its manifest record, compare the fields. A MemoryDiagnoser of the per-message path without
 * BenchmarkDotNet's minutes of warm-up: the stages are run over an existing tree (the side-by-side
 * script's work folder), so the numbers are for real bulk messages.
 *
 * Indexing the manifest, done once before the messages, is printed first as CPU time per record.
 *
 * Usage: Comparer.Benchmarks per-message <eml tree> <verified folder> <manifest.jsonl> [messages=20000]
 */

/// <summary>Profiles the per-message path of compare stage by stage: microseconds and allocated bytes per message.</summary>
internal static class PerMessageProfile
{
    private static readonly string[] Stages = ["read file", "parse MIME", "read MIME", "project", "snapshot check", "manifest record", "field comparison"];

    /// <summary>Runs the profile over the first <paramref name="limit"/> messages of <paramref name="emlTree"/> and prints one line per stage.</summary>
    public static void Run(string emlTree, string verified, string manifestPath, int limit)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        using var manifest = ManifestIndex.Build(manifestPath);
        var indexCpu = Environment.CpuUsage.TotalTime - cpu;
        var files = OutputWalker.RegularFiles(emlTree).Where(f => f.EndsWith(".eml", StringComparison.Ordinal)).Take(limit).ToList();
        var ticks = new long[Stages.Length];
        var bytes = new long[Stages.Length];
        // Twice: the first pass warms the JIT up, the second is measured.
        var paused = TimeSpan.Zero;
        var gcs = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            (paused, gcs) = (GC.GetTotalPauseDuration(), GC.CollectionCount(1));
            Array.Clear(ticks);
            Array.Clear(bytes);
            foreach (var file in files)
            {
                Profile(emlTree, verified, manifest, file, ticks, bytes);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index manifest: {manifest.Count} records, {indexCpu.TotalMicroseconds / Math.Max(1, manifest.Count):F1} CPU µs/record (all threads)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} messages, one thread (GC pauses {(GC.GetTotalPauseDuration() - paused).TotalMicroseconds / files.Count:F1} µs/msg, {GC.CollectionCount(1) - gcs} gen1 collections):"));
        for (var i = 0; i < Stages.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Stages[i],-18} {ticks[i] * 1_000_000.0 / Stopwatch.Frequency / files.Count,7:F1} µs/msg  {bytes[i] / (double)files.Count,9:N0} B/msg"));
        }

        var info = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  last ephemeral GC: gen {info.Generation}, promoted {info.PromotedBytes:N0} B, pause {info.PauseDurations[0].TotalMilliseconds:F1} ms, heap {info.HeapSizeBytes:N0} B, pinned {info.PinnedObjectsCount}, finalization pending {info.FinalizationPendingCount}, fragmented {info.FragmentedBytes:N0}"));
        foreach (var g in info.GenerationInfo) { Console.WriteLine($"    gen size before {g.SizeBeforeBytes:N0} after {g.SizeAfterBytes:N0}"); }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"total",-18} {ticks.Sum() * 1_000_000.0 / Stopwatch.Frequency / files.Count,7:F1} µs/msg  {bytes.Sum() / (double)files.Count,9:N0} B/msg"));
    }

    private static void Profile(string root, string verified, ManifestIndex manifest, string file, long[] ticks, long[] bytes)
    {
        var stage = 0;
        var clock = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        void Done()
        {
            var (now, total) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
            ticks[stage] += now - clock;
            bytes[stage] += total - allocated;
            (clock, allocated, stage) = (now, total, stage + 1);
        }

        var content = OutputFiles.TryReadShared(root, file, out _) ?? throw new IOException("unreadable: " + file);
        Done();
        using var stream = new MemoryStream(content.Array!, content.Offset, content.Count, writable: false);
        var parsed = new MimeParser(stream, MimeFormat.Entity, persistent: true).ParseMessage();
        Done();
        var message = MimeMessageReader.Read(parsed, PathSegments.Locate(file));
        // Disposed once read, as MimeMessageReader.Read(bytes) does in compare: an undisposed MimeKit
        // entity waits for its finalizer, and the GC pauses that causes fell on whichever stage came next.
        parsed.Dispose();
        Done();
        var text = ProjectionWriter.Write(message, new ProjectionOptions());
        Done();
        var verifiedPath = Path.Combine(verified, Path.ChangeExtension(file, null) + SnapshotFile.VerifiedExtension);
        if (!SnapshotFile.Matches(verifiedPath, text) && SnapshotFile.Read(verifiedPath) != text)
        {
            throw new InvalidOperationException("snapshot differs: " + file);
        }

        Done();
        var record = message.Mailbox is { } mailbox && message.SourceIndex is { } index && manifest.TryFind(mailbox, index, out var slot) ? manifest.Read(slot) : null;
        Done();
        if (record is null || MessageComparison.Compare(record, message, null).Count > 0)
        {
            throw new InvalidOperationException("record missing or differing: " + file);
        }

        Done();
    }
}
