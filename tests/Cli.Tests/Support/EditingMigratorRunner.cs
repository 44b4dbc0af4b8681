/*
 * A candidate migrator for tests: our own migrator in process, followed by an edit of what it
 * wrote, so a test can play a candidate that changes a field, loses a message or writes nothing
 * without building a second migrator.
 */
using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>Runs our migrator in process, then applies an edit to its output folder.</summary>
public sealed class EditingMigratorRunner(Action<string> edit) : IMigratorRunner
{
    private readonly InProcessMigratorRunner _inner = new();

    /// <inheritdoc/>
    public string Name => "our migrator, edited by a test";

    /// <summary>What the runner was last given as the time zone.</summary>
    public string? LastTimeZone { get; private set; }

    /// <inheritdoc/>
    public async Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        LastTimeZone = timeZone;
        var outcome = await _inner.RunAsync(source, output, timeZone, target, cancellationToken);
        edit(output);
        return outcome;
    }

    /// <summary>The message files of <paramref name="output"/> in ordinal order.</summary>
    public static IReadOnlyList<string> Messages(string output) =>
        Directory.EnumerateFiles(output, "*.eml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    /// <summary>Replaces the subject of the first message (a field the ground truth checks: damage).</summary>
    public static void ChangeFirstSubject(string output) => ChangeFirstHeader(output, "Subject", "Changed by the candidate");

    /// <summary>Replaces the original cc:Mail date text of the first message (a field only the snapshots check).</summary>
    public static void ChangeFirstOriginalDate(string output) => ChangeFirstHeader(output, "X-MailMig-Original-Date", "01/01/01 1:01 AM");

    /// <summary>Replaces header <paramref name="name"/> of the first message with <paramref name="value"/>.</summary>
    public static void ChangeFirstHeader(string output, string name, string value)
    {
        var file = Messages(output)[0];
        var lines = File.ReadAllText(file).Split("\r\n").ToList();
        var at = lines.FindIndex(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase));
        while (at + 1 < lines.Count && lines[at + 1].Length > 0 && lines[at + 1][0] is ' ' or '\t')
        {
            lines.RemoveAt(at + 1);
        }

        lines[at] = name + ": " + value;
        File.WriteAllText(file, string.Join("\r\n", lines));
    }

    /// <summary>Deletes the first message (a lost message).</summary>
    public static void LoseFirstMessage(string output) => File.Delete(Messages(output)[0]);

    /// <summary>Deletes every message (a candidate that wrote nothing).</summary>
    public static void LoseEveryMessage(string output)
    {
        foreach (var file in Messages(output))
        {
            File.Delete(file);
        }
    }
}
