namespace MailMig.Fidelity.Migrator.Migration;

/// <summary>Which part of a sharded run (<c>migrate --shard K/N</c>) a report is, so <c>merge</c> can put the parts' mailboxes back in store order.</summary>
/// <param name="Part">The part K, from 1.</param>
/// <param name="Of">The number of parts N.</param>
/// <param name="Positions">The store position (0-based) of each entry of the report's <c>mailboxes</c>, in the same order.</param>
public sealed record ReportShard(int Part, int Of, IReadOnlyList<int> Positions);
