using System.Diagnostics;
using BenchmarkDotNet.Running;
using MailMig.Fidelity.CcMail.Benchmarks;

// `memory [MB]`: one timed read of a generated file with its peak working set, outside BenchmarkDotNet.
if (args is ["memory", ..])
{
    var megabytes = args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;
    var path = Path.Combine(Path.GetTempPath(), "ccmail-bench-memory.exp");
    new BenchmarkExportFile(seed: 1998).Write(path, megabytes * 1000 * 1000);
    var length = new FileInfo(path).Length;
    var before = Process.GetCurrentProcess().PeakWorkingSet64;
    var watch = Stopwatch.StartNew();
    using (var reader = MailMig.Fidelity.CcMail.Export.ExportReader.Open(path))
    {
        var records = reader.ReadRecords().Count();
        watch.Stop();
        Console.WriteLine($"{records} records, {length / 1e6:F1} MB in {watch.Elapsed.TotalSeconds:F2} s = {length / 1e6 / watch.Elapsed.TotalSeconds:F1} MB/s");
    }

    Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F1} MB (after writing the file: {before / 1e6:F1} MB)");
    File.Delete(path);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ExportReaderBenchmark).Assembly).Run(args);
