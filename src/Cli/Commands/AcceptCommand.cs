using System.CommandLine;
using System.Globalization;
using MailMig.Fidelity.Comparer.Snapshots;

namespace MailMig.Fidelity.Cli.Commands;

/*
 * mailmig-fidelity accept <received-file-or-folder>
 * mailmig-fidelity accept --actual <dir> --verified <dir>
 * The first moves *.received.txt over *.verified.txt; the second makes the verified folder mirror
 * the actual output (new and changed snapshots written, orphans and received files removed).
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
        var actual = new Option<string?>("--actual") { Description = "A migrated output folder whose projections become the verified snapshots.", HelpName = "dir" };
        var verified = new Option<string?>("--verified") { Description = "The verified snapshot folder to write (with --actual).", HelpName = "dir" };
        var command = new Command("accept", "Accept snapshots: received files become verified files, or --actual output becomes the --verified folder. Refused on CI.");
        command.Arguments.Add(received);
        command.Options.Add(actual);
        command.Options.Add(verified);
        command.SetAction((ParseResult r, CancellationToken ct) => Task.FromResult(Run(r.InvocationConfiguration, environment, r.GetValue(received), r.GetValue(actual), r.GetValue(verified))));
        CompareCommand.ExitWithUsageErrorOnParseErrors(command);
        return command;
    }

    private static int Run(InvocationConfiguration io, SnapshotEnvironment environment, string? received, string? actual, string? verified)
    {
        if (!environment.MayWriteVerified)
            return CompareCommand.Fail(io, "accept is refused on CI (CI=true or a build server was detected): nothing may write a verified file there.");
        var acceptor = new SnapshotAcceptor(environment);
        if (received is not null)
        {
            if (actual is not null || verified is not null)
                return CompareCommand.Fail(io, "give either a received file or folder, or --actual and --verified, not both.");
            if (!File.Exists(received) && !Directory.Exists(received))
                return CompareCommand.Fail(io, $"'{received}' does not exist.");
            try
            {
                var written = acceptor.AcceptReceived(received);
                foreach (var path in written)
                    io.Output.WriteLine("accepted " + path);
                io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written.Count} snapshots accepted."));
                return 0;
            }
            catch (FileNotFoundException e)
            {
                return CompareCommand.Fail(io, e.Message);
            }
        }

        if (actual is null || verified is null)
            return CompareCommand.Fail(io, "give a received file or folder, or both --actual <dir> and --verified <dir>.");
        if (!Directory.Exists(actual))
            return CompareCommand.Fail(io, $"The actual output folder '{actual}' does not exist.");
        var result = acceptor.AcceptActual(actual, verified);
        io.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.MessageCount} messages: {result.Accepted.Count} snapshots written or removed, {result.Matched.Count} unchanged, in {result.VerifiedFolder}."));
        foreach (var entry in result.NotRegularFiles)
            io.Error.WriteLine(entry.RelativePath + ": " + entry.Describe() + "; not accepted");
        return result.NotRegularFiles.Count == 0 ? 0 : 1;
    }
}
