using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Db8;

/// <summary>What <see cref="Db8PersonalDataReader"/> read: the boards, lists and address books, and the problems met.</summary>
/// <param name="Data">Everything that could be read; empty when the file is absent.</param>
/// <param name="Diagnostics">Damaged or undecodable records, each naming the file and offset.</param>
public sealed record Db8PersonalDataResult(PersonalData Data, IReadOnlyList<Diagnostic> Diagnostics);
