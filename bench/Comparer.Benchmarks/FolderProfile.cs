using System.Diagnostics;
using System.Globalization;
using MailMig.Fidelity.Comparer.Comparison;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Benchmarks;

/*
 * The whole of `compare --verified --truth` in process, with what the CLI cannot print: CPU time
 * and garbage collections for indexing the manifest and for the pass over the messages apart, so
 * a change can be judged by where its time went (GC pauses, allocation, threads).
 *
 * Usage: Comparer.Benchmarks folder <eml tree> <verified folder> <manifest.jsonl> [threads]
 */

/// <summary>Runs a whole folder comparison in process and prints CPU, allocation and GC figures per stage.</summary>
internal static class FolderProfile
{
    /// <summary>Indexes <paramref name="manifestPath"/>, compares <paramref name="actual"/> with it and <paramref name="verified"/>, and prints one line per stage.</summary>
    public static void Run(string actual, string verified, string manifestPath, int threads)
    {
        var mark = Mark.Now();
        using var manifest = ManifestIndex.Build(manifestPath);
        mark = mark.Print("index manifest", manifest.Count);
        if (Environment.GetEnvironmentVariable("INDEX_TWICE") is not null)
        {
            using var again = ManifestIndex.Build(manifestPath);
            mark = mark.Print("index again", again.Count);
        }

        var report = new FolderComparison { MaxDegreeOfParallelism = threads }.Compare(actual, verified, manifest, null);
        mark.Print("compare", report.Snapshots?.MessageCount ?? 0);
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"heap after the last GC: {info.HeapSizeBytes / 1048576.0:F0} MB ({info.FragmentedBytes / 1048576.0:F0} MB fragmented), committed {info.TotalCommittedBytes / 1048576.0:F0} MB, LOH {info.GenerationInfo[3].SizeAfterBytes / 1048576.0:F0} MB, peak working set {Environment.WorkingSet / 1048576.0:F0} MB now, {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB peak"));
    }

    private readonly record struct Mark(long Clock, TimeSpan Cpu, long Allocated, TimeSpan Paused, int Gen0, int Gen1, int Gen2, TimeSpan Jit, long Methods)
    {
        public static Mark Now() => new(Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(),
            GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2),
            System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount());

        public Mark Print(string stage, int count)
        {
            var now = Now();
            var n = Math.Max(1, count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage,-15} {count,8} items  wall {Stopwatch.GetElapsedTime(Clock, now.Clock).TotalSeconds,6:F2} s  CPU {(now.Cpu - Cpu).TotalMicroseconds / n,6:F1} µs/item  alloc {(now.Allocated - Allocated) / (double)n,8:N0} B/item  GC pause {(now.Paused - Paused).TotalSeconds,5:F2} s  gen0/1/2 {now.Gen0 - Gen0}/{now.Gen1 - Gen1}/{now.Gen2 - Gen2}  JIT {(now.Jit - Jit).TotalSeconds:F2} s for {now.Methods - Methods} methods"));
            return now;
        }
    }
}
