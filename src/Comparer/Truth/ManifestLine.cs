using MailMig.Fidelity.Comparer.Diagnostics;

namespace MailMig.Fidelity.Comparer.Truth;

/// <summary>What one manifest line held: a header, a message record, a diagnostic (a header may come with a warning), or nothing.</summary>
internal readonly record struct ManifestLine(ManifestHeader? Header, ManifestMessage? Message, ComparerDiagnostic? Diagnostic);
