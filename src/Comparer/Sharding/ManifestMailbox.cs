namespace MailMig.Fidelity.Comparer.Sharding;

/// <summary>A manifest <c>mailbox</c> record as the partition reads it: the name and how many message records follow it.</summary>
/// <param name="Name">The mailbox name.</param>
/// <param name="Messages">The record's <c>messages</c> count (0 when absent or not a count).</param>
public sealed record ManifestMailbox(string Name, int Messages);
