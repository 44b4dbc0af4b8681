using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.Migrator.Sources;

/// <summary>A source that can also hold bulletin boards, personal mailing lists and address books (a DB8 post office).</summary>
public interface IPersonalDataSource
{
    /// <summary>Reads the post office's boards, lists and address books (empty when it has none) and the problems met reading them.</summary>
    (PersonalData Data, IReadOnlyList<Diagnostic> Diagnostics) ReadPersonalData();
}
