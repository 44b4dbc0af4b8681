using System.CommandLine;
using System.Globalization;
using MailMig.Fidelity.Cli.Regression;
using MailMig.Fidelity.Cli.Validation;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Commands;

/*
 * mailmig-fidelity accept <received-file-or-folder>
 * mailmig-fidelity accept --actual <dir> --verified <dir> [--allow-removals]
 * mailmig-fidelity accept --run <report> [--case <name>]
 * The first moves *.received.txt over *.verified.txt; the second writes the actual output's new and
 * changed snapshots (approved snapshots nothing produced are removed only with --allow-removals);
 * the third moves a gate run's received snapshots into the cases' verified folders, and only for a
 * run that completed with changed fields as its only differences.
 * Refused on CI (CI=true or a detected build server): nothing may write a verified file there.
 * An output entry that is not a regular file (a link, a FIFO) is never opened nor accepted: exit 1.
 */

/// <summary>The <c>accept</c> command: turns received snapshots, or a whole migrated output folder, into verified snapshots.</summary>
public static class AcceptCommand
{
    /// <summary>Creates the command, obeying the process environment (CI).</summary>
    public static Command Create() => Create(SnapshotEnvironment.FromProcess());

    /// <summary>Creates the command obeying <paramref name="environment"/>.</summary>
    internal static Command Create(SnapshotEnvironment environment)
    {
        var received = new Argument<string?>("received") { Description = "A *.received.txt file, or a folder whose *.received.txt files to accept.", Arity = ArgumentArity.ZeroOrOne };
        var actual = new Option<string?>("--actual") { Description = "A migrated output folder whose projections become the verified snapshots.", HelpName = "dir" }.MustBeExistingFolder();
        var verified = new Option<string?>("--verified") { Description = "The verified snapshot folder to write (with --actual).", HelpName = "dir" }.MustBeWritableFolder();
        var run = new Option<string?>("--run") { Description = "A gate run's report folder whose received snapshots to accept into corpora/ (only a run whose only differences are changed fields).", HelpName = "report" }.MustBeExistingFolder();
        var caseName = new Option<string?>("--case") { Description = "With --run: accept only this case.", HelpName = "name" };
        var allowRemovals = new Option<bool>("--allow-removals") { Description = "With --actual: remove approved snapshots that no message produced (without it, they are listed, not removed)." };
        var command = new Command("accept", "Accept snapshots: received files become verified files, --actual output is approved into --verified, or a gate --run is approved into corpora/. Refused on CI.");
        command.Arguments.Add(received);
        foreach (var option in new Option[] { actual, verified, allowRemovals, run, caseName })
        {
            command.Options.Add(option);
        }

        command.SetAction((ParseResult r, CancellationToken ct) => Task.FromResult(
            r.GetValue(run) is { } report
                ? AcceptRun(r.InvocationConfiguration, environment, report, r.GetValue(caseName), OtherThanRun(r, received, actual, verified, allowRemovals))
                : r.GetValue(caseName) is { } name
                    ? CompareCommand.Fail(r.InvocationConfiguration, $"--case '{name}' names a case of a gate run: give it with --run <report>.")
                    : Run(r.InvocationConfiguration, environment, r.GetValue(received), r.GetValue(actual), r.GetValue(verified), r.GetValue(allowRemovals))));
        CompareCommand.ExitWithUsageErrorOnParseErrors(command);
        return command;
    }

    private static int AcceptRun(InvocationConfiguration io, SnapshotEnvironment environment, string report, string? caseName, string? other)
    {
        // Usage errors first, so the wrong option is named wherever the command runs; then the CI refusal.
        if (other is not null)
        {
            return CompareCommand.Fail(io, $"--run takes no {other} (a run is accepted only whole, and never with removals).");
        }

        if (!environment.MayWriteVerified)
        {
            return CompareCommand.Fail(io, $"accept --run '{report}' is refused on CI (CI=true or a build server was detected): nothing may write a verified file there.");
        }

        try
        {
            var written = RunAcceptor.Accept(report, caseName);
            foreach (var path in written)
            {
                io.Output.WriteLine("accepted " + path);
            }

            io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written.Count} snapshots accepted."));
            return 0;
        }
        catch (CorpusException e)
        {
            return CompareCommand.Fail(io, e.Message);
        }
    }

    /// <summary>What was given beside --run that it does not take ("--actual"), or null.</summary>
    private static string? OtherThanRun(ParseResult parse, Argument<string?> received, Option<string?> actual, Option<string?> verified, Option<bool> allowRemovals) =>
        parse.GetValue(received) is { } folder ? $"received file or folder ('{folder}')"
        : parse.GetValue(actual) is not null ? actual.Name
        : parse.GetValue(verified) is not null ? verified.Name
        : parse.GetValue(allowRemovals) ? allowRemovals.Name
        : null;

    private static int Run(InvocationConfiguration io, SnapshotEnvironment environment, string? received, string? actual, string? verified, bool allowRemovals)
    {
        var problem = received is not null
            ? actual is not null || verified is not null ? $"give either a received file or folder ('{received}'), or --actual and --verified, not both."
              : !File.Exists(received) && !Directory.Exists(received) ? $"'{received}' does not exist." : null
            : actual is null || verified is null ? "give a received file or folder, or both --actual <dir> and --verified <dir>."
            : !Directory.Exists(actual) ? $"The actual output folder '{actual}' does not exist." : null;
        if (problem is not null)
        {
            return CompareCommand.Fail(io, problem);
        }

        if (!environment.MayWriteVerified)
        {
            return CompareCommand.Fail(io, "accept is refused on CI (CI=true or a build server was detected): nothing may write a verified file there.");
        }

        var acceptor = new SnapshotAcceptor(environment);
        if (received is not null)
        {
            try
            {
                var written = acceptor.AcceptReceived(received);
                foreach (var path in written)
                {
                    io.Output.WriteLine("accepted " + path);
                }

                io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written.Count} snapshots accepted."));
                return 0;
            }
            catch (FileNotFoundException e)
            {
                return CompareCommand.Fail(io, e.Message);
            }
        }

        var result = acceptor.AcceptActual(actual!, verified!, allowRemovals: allowRemovals);
        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.MessageCount} messages: {result.Accepted.Count} snapshots written or removed, {result.Matched.Count} unchanged, in {result.VerifiedFolder}."));
        ReportRemovals(io, result, allowRemovals);
        foreach (var entry in result.NotRegularFiles)
        {
            io.Error.WriteLine(entry.RelativePath + ": " + entry.Describe() + "; not accepted");
        }

        return result.NotRegularFiles.Count == 0 ? 0 : 1;
    }

    private static void ReportRemovals(InvocationConfiguration io, FolderVerificationResult result, bool allowRemovals)
    {
        if (allowRemovals)
        {
            var removed = result.Accepted.Count(n => !File.Exists(Path.Combine(result.VerifiedFolder, n + SnapshotFile.VerifiedExtension)));
            if (removed > 0)
            {
                io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"removed {removed} approved snapshots that no message produced."));
            }

            return;
        }

        if (result.Orphaned.Count == 0)
        {
            return;
        }

        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"would remove {result.Orphaned.Count} approved snapshots that no message produced; they were kept (pass --allow-removals to remove them):"));
        foreach (var orphan in result.Orphaned)
        {
            io.Output.WriteLine("  " + orphan + SnapshotFile.VerifiedExtension);
        }
    }
}
