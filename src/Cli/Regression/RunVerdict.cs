namespace MailMig.Fidelity.Cli.Regression;

/// <summary>How a migrator run ended, judged from the process and then from its output.</summary>
public enum RunVerdict
{
    /// <summary>The process ended normally (exit 0, or 1 for "some skipped") and its output accounts for every message.</summary>
    Completed,

    /// <summary>The process ended normally but messages are missing from its output or damaged.</summary>
    CompletedWithLoss,

    /// <summary>The process died by a signal or a runtime abort (a .NET access violation on Linux is SIGABRT, exit 134; 0xC0000005 on Windows).</summary>
    Crashed,

    /// <summary>The process did not end within the timeout and was killed.</summary>
    Hung,

    /// <summary>The process could not be started, or refused its input (exit 2 or another code).</summary>
    Failed,

    /// <summary>The process created, changed or removed files in its work folder outside <c>{out}</c>.</summary>
    WroteOutsideOutput,
}
