using System.Diagnostics;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.Cli.Regression;

namespace MailMig.Fidelity.Cli.Tests.Shrinking;

/// <summary>In process, what the Q197114 fixture does out of process: an ATTMAIL address in any header ends the run with SIGABRT (exit 134); otherwise our migrator runs.</summary>
public sealed class AttmailCrashRunner : IMigratorRunner
{
    private readonly InProcessMigratorRunner _ours = new();

    /// <inheritdoc/>
    public string Name => "Q197114 crash (in process)";

    /// <inheritdoc/>
    public Task<ProcessOutcome> RunAsync(string source, string output, string? timeZone = null, string target = "eml", CancellationToken cancellationToken = default)
    {
        var attmail = ExportFile.ReadAll(source).Records.Select(r => r.Message).OfType<CcMail.Model.CcMessage>()
            .Any(m => new[] { m.From, m.ReturnReceiptTo }.Concat(m.To).Concat(m.Cc).Concat(m.Bcc).Any(a => a?.Kind == AddressKind.Attmail));
        if (!attmail)
        {
            return _ours.RunAsync(source, output, timeZone, target, cancellationToken);
        }

        var (verdict, signal, detail) = ExitCodeClassifier.Classify(134, "");
        return Task.FromResult(new ProcessOutcome(verdict, 134, signal, TimeSpan.Zero, "", detail));
    }
}
