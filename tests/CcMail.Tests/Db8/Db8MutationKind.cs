namespace MailMig.Fidelity.CcMail.Tests.Db8;

/// <summary>How a property test damages one file.</summary>
internal enum Db8MutationKind
{
    Flip,
    Insert,
    Delete,
    Truncate,
    Replace,
}
