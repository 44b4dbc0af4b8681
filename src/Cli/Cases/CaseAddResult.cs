namespace MailMig.Fidelity.Cli.Cases;

/// <summary>What <c>case add</c> made: the case folder, how many snapshots it approved, and what a reviewer must look at.</summary>
/// <param name="Folder">The new case folder.</param>
/// <param name="Approved">The number of snapshots approved with our migrator.</param>
/// <param name="Passes">Whether the case passes when run again without accepting.</param>
/// <param name="Review">One line per thing a reviewer must check.</param>
public sealed record CaseAddResult(string Folder, int Approved, bool Passes, IReadOnlyList<string> Review);
