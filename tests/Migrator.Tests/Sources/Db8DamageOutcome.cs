using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Sources;

namespace MailMig.Fidelity.Migrator.Tests.Sources;

/// <summary>What migrating a damaged post office gave: the report and what the source said it recovered, lost and found wrong.</summary>
public sealed record Db8DamageOutcome(MigrationReport Report, IReadOnlyList<SourceMailbox> Recovered, IReadOnlyList<LostMailbox> Lost, IReadOnlyList<Diagnostic> Diagnostics);
