using MailMig.Fidelity.CcMail.Model;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Conversion;

/// <summary>A converted message: the MIME message, the source it came from and the repairs applied, in first-applied order.</summary>
/// <param name="Source">The source message.</param>
/// <param name="Message">The MIME message.</param>
/// <param name="Repairs">The distinct repair ids applied.</param>
/// <param name="Sender">The From address as the message's From list holds it, or null when the message has none.</param>
public sealed record ConversionResult(CcMessage Source, MimeMessage Message, IReadOnlyList<string> Repairs, string? Sender);
