using System.Diagnostics;
using System.Globalization;
using MailMig.Fidelity.Comparer.Benchmarks;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

// dotnet run -c Release --project bench/Comparer.Benchmarks -- [messages=100000] [--keep]
// dotnet run -c Release --project bench/Comparer.Benchmarks -- folder <eml tree> <verified> <manifest.jsonl> [threads]
// dotnet run -c Release --project bench/Comparer.Benchmarks -- per-message <eml tree> <verified> <manifest.jsonl> [messages=20000]
if (args.Length >= 4 && args[0] == "folder")
{
    FolderProfile.Run(args[1], args[2], args[3], args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : Environment.ProcessorCount);
    return;
}

if (args.Length >= 4 && args[0] == "per-message")
{
    PerMessageProfile.Run(args[1], args[2], args[3], args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 20_000);
    return;
}

var messages = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
var keep = args.Contains("--keep");
var root = Path.Combine(Path.GetTempPath(), "mailmig-comparer-bench-" + Guid.NewGuid().ToString("N")[..8]);
var actual = Path.Combine(root, "actual");
var verified = Path.Combine(root, "verified");
var manifest = Path.Combine(root, "manifest.jsonl");
Directory.CreateDirectory(actual);
var local = SnapshotEnvironment.FromVariables(new Dictionary<string, string>());

Console.WriteLine($"{messages} messages in {root}; {Environment.ProcessorCount} processors");
var clock = Stopwatch.StartNew();
var process = Process.GetCurrentProcess();
var cpu = process.TotalProcessorTime;
SyntheticOutput.Write(actual, manifest, messages);
Console.WriteLine($"synthesised output and manifest: {clock.Elapsed.TotalSeconds:F1} s");

Restart();
var accepted = new SnapshotAcceptor(local).AcceptActual(actual, verified);
Report("accept (write verified snapshots)", accepted.MessageCount, clock.Elapsed);

for (var run = 1; run <= 2; run++)
{
    Restart();
    var result = new SnapshotFolderVerifier(new SnapshotSettings { Environment = local }).Verify(actual, verified);
    Report($"snapshot verify, run {run} ({result.Matched.Count} matched, success {result.IsSuccess})", result.MessageCount, clock.Elapsed);

    Restart();
    var truth = new TruthChecker().Check(actual, manifest);
    Report($"ground-truth check, run {run} (grade {truth.Run.Grade}, {truth.Differences.Count} differences)", truth.Run.Found, clock.Elapsed);
}

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
if (!keep)
{
    Directory.Delete(root, recursive: true);
}

void Restart()
{
    process.Refresh();
    cpu = process.TotalProcessorTime;
    clock.Restart();
}

// Wall-clock throughput, and CPU time per message: the second is what a loaded, shared machine distorts least.
void Report(string what, int count, TimeSpan elapsed)
{
    process.Refresh();
    var used = process.TotalProcessorTime - cpu;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what}: {count} messages in {elapsed.TotalSeconds:F2} s = {count / elapsed.TotalSeconds:N0} messages/s; CPU {used.TotalMilliseconds * 1000 / count:F0} µs/message"));
}
