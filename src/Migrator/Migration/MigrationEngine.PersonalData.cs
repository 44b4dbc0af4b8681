using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.Migrator.Lists;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;

namespace MailMig.Fidelity.Migrator.Migration;

/*
 * The engine's one step for bulletin boards, mailing lists and address books, kept beside the mailbox
 * pipeline so MigrationEngine.cs stays about messages: it runs after every mailbox is done, only for a
 * source that can hold them (IPersonalDataSource) and in the first shard only, and fills the report's personalData section.
 */

/// <summary>The personal-data step of <see cref="MigrationEngine"/>.</summary>
public sealed partial class MigrationEngine
{
    /// <summary>The diagnostic code of a personal-data step that failed: the mailboxes stay migrated and the report is still written.</summary>
    public const string PersonalDataFailedCode = "migrate.personal-data-failed";

    private readonly List<Diagnostic> _personalDiagnostics = [];
    private PersonalDataReport? _personalData;

    // The step runs after every mailbox is committed: whatever it throws becomes an error of the report, never a run without its final report.
    private void MigratePersonalData(IEnumerable<(string Name, string Segment)> mailboxes)
    {
        try
        {
            MigratePersonalDataOrThrow(mailboxes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _personalDiagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, PersonalDataFailedCode,
                $"bulletin boards, mailing lists and address books were not (all) migrated: {e.GetType().Name}: {e.Message}"));
        }
    }

    private void MigratePersonalDataOrThrow(IEnumerable<(string Name, string Segment)> mailboxes)
    {
        // Like the lost mailboxes, the post office's boards, lists and address books belong to the first shard only.
        if (_source is not IPersonalDataSource source || _options.Shard is not (null or { Index: 1 }))
        {
            return;
        }

        var (data, diagnostics) = source.ReadPersonalData();
        _personalDiagnostics.AddRange(diagnostics);
        var segments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, segment) in mailboxes)
        {
            segments.TryAdd(name, segment);
        }

        var exchange55CodePage = _options.Target == OutputTarget.Exchange55 ? _source.PostOffice.CodePage : (int?)null;
        _personalData = PersonalDataMigration.Run(data, _options.OutputDirectory, segments, _source.PostOffice.Name, _addresses, _dates, _options.FlushToDisk, exchange55CodePage);
    }
}
