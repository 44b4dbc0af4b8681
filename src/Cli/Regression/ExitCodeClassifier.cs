namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Tells a crash from a normal ending by exit code and runtime messages.</summary>
public static class ExitCodeClassifier
{
    /// <summary>The Windows status of an access violation (0xC0000005) as a signed exit code.</summary>
    public const int WindowsAccessViolation = unchecked((int)0xC0000005);

    /// <summary>The verdict, signal and a sentence for a process that exited with <paramref name="exitCode"/> and wrote <paramref name="standardError"/>.</summary>
    public static (RunVerdict Verdict, int? Signal, string Detail) Classify(int exitCode, string standardError)
    {
        // .NET reports a process killed by signal N on Unix as exit code 128 + N.
        if (exitCode > 128 && exitCode <= 128 + 64)
        {
            var signal = exitCode - 128;
            return (RunVerdict.Crashed, signal, $"killed by signal {signal} ({SignalName(signal)}), exit code {exitCode}");
        }

        if (exitCode == WindowsAccessViolation || (exitCode < 0 && (uint)exitCode >= 0xC0000000))
        {
            return (RunVerdict.Crashed, null, $"ended with Windows status 0x{(uint)exitCode:X8}");
        }

        if (standardError.Contains("Fatal error.", StringComparison.Ordinal)
            || standardError.Contains("Unhandled exception.", StringComparison.Ordinal)
            || standardError.Contains("AccessViolationException", StringComparison.Ordinal))
        {
            return (RunVerdict.Crashed, null, $"the .NET runtime reported a fatal error (exit code {exitCode})");
        }

        return exitCode switch
        {
            0 => (RunVerdict.Completed, null, "exit code 0: every message migrated"),
            1 => (RunVerdict.Completed, null, "exit code 1: completed, not everything migrated (skips, recovered or lost mailboxes, or errors in the report)"),
            2 => (RunVerdict.Failed, null, "exit code 2: the migrator refused its arguments or input"),
            _ => (RunVerdict.Failed, null, $"exit code {exitCode}, which the output contract does not define"),
        };
    }

    private static string SignalName(int signal) => signal switch
    {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => "signal",
    };
}
