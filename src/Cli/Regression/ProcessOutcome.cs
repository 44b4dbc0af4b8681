namespace MailMig.Fidelity.Cli.Regression;

/// <summary>What a migrator process did, before its output is judged.</summary>
/// <param name="Verdict">Completed (to be judged from the output), Crashed, Hung, Failed or WroteOutsideOutput.</param>
/// <param name="ExitCode">The exit code, or null when it was killed for hanging or never started.</param>
/// <param name="Signal">The signal that killed it (Unix), or null.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="StandardError">The head and tail of its standard error (at most <see cref="BoundedCapture.MaxTextLength"/> characters).</param>
/// <param name="Detail">A sentence saying what happened.</param>
public sealed record ProcessOutcome(RunVerdict Verdict, int? ExitCode, int? Signal, TimeSpan Duration, string StandardError, string Detail)
{
    /// <summary>The head and tail of its standard output (at most <see cref="BoundedCapture.MaxTextLength"/> characters).</summary>
    public string StandardOutput { get; init; } = "";

    /// <summary>How many bytes it wrote to standard output.</summary>
    public long OutputBytes { get; init; }

    /// <summary>How many bytes it wrote to standard error.</summary>
    public long ErrorBytes { get; init; }

    /// <summary>Processes it started that were still running when it ended (each "pid N command"); all were killed.</summary>
    public IReadOnlyList<string> LeftRunning { get; init; } = [];

    /// <summary>A sentence naming what it left running ("left 1 process running after it exited: pid 7 sleep 60"), or null.</summary>
    public string? LeftRunningSummary => LeftRunning.Count switch
    {
        0 => null,
        var n => $"left {n} process{(n == 1 ? "" : "es")} running after it exited: {string.Join(", ", LeftRunning.Take(5))}{(n > 5 ? ", …" : "")}",
    };

    /// <summary>Files it created, changed or removed in its work folder outside <c>{out}</c> (paths relative to the work folder).</summary>
    public IReadOnlyList<string> WroteOutside { get; init; } = [];

    /// <summary>The mail server it was given as <c>{imap}</c>, to be read back and then stopped by whoever judges the output; null without <c>{imap}</c>.</summary>
    public Imap.ImapTestServer? Server { get; init; }

    /// <summary>Whether it ran inside the bubblewrap sandbox.</summary>
    public bool Sandboxed { get; init; }
}
