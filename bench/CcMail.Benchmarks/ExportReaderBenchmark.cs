using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.CcMail.Benchmarks;

/// <summary>Reads a generated ~50 MB export file end to end with ExportReader.</summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class ExportReaderBenchmark
{
    /// <summary>The size of the generated file; the same in every process because the generator is seeded.</summary>
    public const long FileBytes = 50L * 1000 * 1000;

    private string _path = "";

    /// <summary>Writes the export file to a temporary folder.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "ccmail-bench-export.exp");
        new BenchmarkExportFile(seed: 1998).Write(_path, FileBytes);
    }

    /// <summary>Deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    /// <summary>Reads every record; returns the number of items so nothing is optimised away.</summary>
    [Benchmark]
    public int ReadAll()
    {
        using var reader = ExportReader.Open(_path);
        var items = 0;
        foreach (var record in reader.ReadRecords())
        {
            items += record.Message?.Items.Count ?? 0;
        }

        return items;
    }

    private sealed class Throughput : ManualConfig
    {
        public Throughput() => AddColumn(new ThroughputColumn());
    }
}
