namespace MailMig.Fidelity.Comparer.Output;

/// <summary>One row of a <c>PAB</c> section as written: a person or a distribution list.</summary>
/// <param name="IsList">Whether its <c>Obj-class</c> is <c>Distribution list</c> (else <c>Person</c>).</param>
/// <param name="Name">Its <c>Display-Name</c>, empty when none.</param>
/// <param name="Address">Its <c>E-mail-Address</c> as written (<c>[TYPE:address]</c>), empty when none.</param>
/// <param name="Members">Its <c>Members</c> values as written (<c>Name [TYPE:address]</c>), in order.</param>
/// <param name="Line">Its 1-based logical line in the primary file.</param>
public sealed record Exchange55PabEntry(bool IsList, string Name, string Address, IReadOnlyList<string> Members, int Line);
