/*
 * Every command's exit codes, printed at the end of its help. 2 is always a usage error (nothing
 * was done) and 70 always our own bug (EX_SOFTWARE from sysexits.h), so scripts and the regression
 * gate can tell "you asked for something impossible" from "the tool crashed".
 */
namespace MailMig.Fidelity.Cli.Help;

/// <summary>The exit codes of each command, for help texts.</summary>
public static class ExitCodes
{
    /// <summary>The exit code for a usage error: an option or input that cannot be used; nothing was done.</summary>
    public const int UsageError = 2;

    /// <summary>The exit code for an internal error: an unexpected exception, a bug in mailmig-fidelity.</summary>
    public const int InternalError = 70;

    private static readonly (int Code, string Meaning)[] Shared =
    [
        (UsageError, "usage error: an option or input cannot be used (one line says which); nothing was done"),
        (InternalError, "internal error: a bug; one line starting 'Unhandled exception.' says where the trace is"),
    ];

    private static readonly Dictionary<string, (int Code, string Meaning)[]> ByCommand = new(StringComparer.Ordinal)
    {
        ["generate"] = [(0, "the post office was generated")],
        ["migrate"] = [(0, "every message migrated (repairs included)"), (1, "migrated, but some messages skipped (named in migration-report.json)")],
        ["compare"] = [(0, "everything matches"), (1, "differences (snapshots or ground truth)")],
        ["accept"] = [(0, "snapshots accepted")],
        ["run"] = [(0, "every corpus case passed"), (1, "at least one case failed")],
        ["shrink"] = [(0, "the shrunk export was written (2 also when the migrator does not fail on the source: nothing to shrink)")],
        ["anonymize"] = [(0, "written, and our migrator's counts, repairs and skips are unchanged"), (1, "written, but the anonymized file migrates differently (each difference is named)")],
        ["add"] = [(0, "the case was added and passes"), (1, "the case was added but does not pass yet (the review list says why)")],
    };

    /// <summary>The exit codes of <paramref name="command"/> (a subcommand name, or anything else for the root), in order.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Of(string command) =>
        [.. ByCommand.TryGetValue(command, out var own) ? own : [(0, "success"), (1, "differences, failed cases or skipped messages (see each command's --help)")], .. Shared];
}
