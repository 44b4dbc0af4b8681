using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Output;

namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>A record read from the source whose conversion may still be running; committed in source order.</summary>
/// <param name="Record">The source record.</param>
/// <param name="Location">Where it was read, as the report names it.</param>
/// <param name="Work">The conversion and rendering task, or null when the record holds no message.</param>
internal sealed record PendingMessage(MessageRecord Record, ReportLocation Location, Task<(ConversionResult Result, PreparedMessage Prepared)>? Work);
