using BenchmarkDotNet.Running;
using MailMig.Fidelity.Migrator.Benchmarks;

// dotnet run -c Release --project bench/Migrator.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(PerMessageBenchmark).Assembly).Run(args);
