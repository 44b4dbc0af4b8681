namespace MailMig.Fidelity.Cli.Regression;

/// <summary>What a migrator process did, before its output is judged.</summary>
/// <param name="Verdict">Completed (to be judged from the output), Crashed, Hung or Failed.</param>
/// <param name="ExitCode">The exit code, or null when it was killed for hanging or never started.</param>
/// <param name="Signal">The signal that killed it (Unix), or null.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="StandardError">The last part of its standard error.</param>
/// <param name="Detail">A sentence saying what happened.</param>
public sealed record ProcessOutcome(RunVerdict Verdict, int? ExitCode, int? Signal, TimeSpan Duration, string StandardError, string Detail);
