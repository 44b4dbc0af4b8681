using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>The state of one <see cref="PostOfficeGenerator.Generate"/> call shared by the mailboxes it writes.</summary>
internal sealed class GenerationRun
{
    /// <summary>A run of <paramref name="session"/> into <paramref name="outputFolder"/>.</summary>
    public GenerationRun(GenerationSession session, string outputFolder, Action<long, long>? progress, CancellationToken cancellationToken)
    {
        Session = session;
        OutputFolder = outputFolder;
        Progress = progress;
        CancellationToken = cancellationToken;
        var roots = new SiblingSegments();
        ExportNames = session.PostOffice.Users.Select(u => roots.AllocateNew(u.Name)).ToArray();
        Exported = DateTexts.Standard(session.Calendar.End.AddDays(1).AddHours(9));
    }

    /// <summary>The planned post office.</summary>
    public GenerationSession Session { get; }

    /// <summary>The output folder.</summary>
    public string OutputFolder { get; }

    /// <summary>Reports messages written and the total, or null.</summary>
    public Action<long, long>? Progress { get; }

    /// <summary>Cancels the run between messages.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Per mailbox, the file name segment of its export file.</summary>
    public IReadOnlyList<string> ExportNames { get; }

    /// <summary>The export date every export file header states.</summary>
    public string Exported { get; }

    /// <summary>The patches export faults plan, applied once every export file is closed.</summary>
    public List<BytePatch> ExportPatches { get; } = [];

    /// <summary>The messages written so far.</summary>
    public long Written { get; set; }
}
