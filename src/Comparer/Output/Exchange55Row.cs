namespace MailMig.Fidelity.Comparer.Output;

/// <summary>One row of a section of an Exchange 5.5 <c>.PRI</c> file.</summary>
/// <param name="Fields">Its fields, each a list of its unquoted values.</param>
/// <param name="QuoteProblem">Why its quoting is broken, or null.</param>
/// <param name="Line">Its 1-based logical line in the file.</param>
public sealed record Exchange55Row(IReadOnlyList<IReadOnlyList<string>> Fields, string? QuoteProblem, int Line);
