using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Snapshot verification of single migrated messages for tests: <c>ClassName.Method.verified.txt</c> next to the test source file.</summary>
public static class MessageSnapshot
{
    /// <summary>Projects a message (a path to an .eml or .mbox file, or MIME content) and verifies it against the snapshot next to the calling test; throws <see cref="SnapshotMismatchException"/> when it is new or differs.</summary>
    /// <param name="emlPathOrContent">A path to an .eml (one message) or .mbox file (every entry), or the MIME text of one message.</param>
    /// <param name="settings">Scrubbers, environment, diff launcher and name suffix; defaults when null.</param>
    /// <param name="sourceFile">Filled by the compiler: the calling test's source file, whose folder and name place the snapshot.</param>
    /// <param name="method">Filled by the compiler: the calling test method's name.</param>
    public static async Task<SnapshotOutcome> VerifyAsync(
        string emlPathOrContent,
        SnapshotSettings? settings = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string method = "")
    {
        ArgumentNullException.ThrowIfNull(emlPathOrContent);
        settings ??= new SnapshotSettings();
        var name = Path.GetFileNameWithoutExtension(sourceFile) + "." + method + (settings.Suffix is null ? "" : "_" + settings.Suffix);
        var directory = Path.GetDirectoryName(sourceFile) ?? ".";
        var verifiedPath = Path.Combine(directory, name + SnapshotFile.VerifiedExtension);
        var text = Project(emlPathOrContent, settings.Projection);
        var outcome = await settings.CreateEngine().VerifyAsync(name, verifiedPath, text).ConfigureAwait(false);
        if (!outcome.Passed)
        {
            var accept = "mailmig-fidelity accept \"" + outcome.ReceivedPath + "\"";
            throw new SnapshotMismatchException(outcome, SnapshotFailureMessage.Build(directory, [outcome], accept));
        }

        return outcome;
    }

    /// <summary>Projects a message given as a file path (.eml, or .mbox for all its entries) or as MIME content.</summary>
    public static string Project(string emlPathOrContent, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(emlPathOrContent);
        var isPath = emlPathOrContent.Length < 4096 && !emlPathOrContent.Contains('\n', StringComparison.Ordinal) && File.Exists(emlPathOrContent);
        if (!isPath)
        {
            return ProjectionWriter.Write(MimeMessageReader.Read(Encoding.UTF8.GetBytes(emlPathOrContent)), options);
        }

        var bytes = File.ReadAllBytes(emlPathOrContent);
        if (!emlPathOrContent.EndsWith(".mbox", StringComparison.OrdinalIgnoreCase))
        {
            return ProjectionWriter.Write(MimeMessageReader.Read(bytes), options);
        }

        var text = new StringBuilder();
        foreach (var entry in MboxSplitter.Split(bytes))
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(CultureInfo.InvariantCulture, $"=== mbox entry {entry.Number} ===\n");
            text.Append(ProjectionWriter.Write(MimeMessageReader.Read(entry.Content), options));
        }

        return text.ToString();
    }
}
