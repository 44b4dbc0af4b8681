namespace MailMig.Fidelity.Comparer.Output;

/// <summary>The PAB rows of one mailbox's Exchange 5.5 file set and the problems met reading them.</summary>
/// <param name="PrimaryFile">The relative path of the file read (the <c>.PRI</c>, or the <c>.PKL</c> when that could not be read).</param>
/// <param name="Entries">The rows of every PAB section, in file order.</param>
/// <param name="Problems">What could not be read, each naming its line.</param>
public sealed record Exchange55Pab(string PrimaryFile, IReadOnlyList<Exchange55PabEntry> Entries, IReadOnlyList<string> Problems);
