/*
 * Candidate migrators that complete but get one field wrong, as real candidate builds did:
 *   drop-cc   migrates like ours, then loses the last Cc recipient of every message;
 *   cp437     reads every export as code page 437, so cp850 letters such as ø, Ø, ã, Á turn into
 *             box-drawing and currency signs.
 * Usage: faulty-migrator drop-cc|cp437 <source> <out> [<time zone>]
 */
using MailMig.Fidelity.Fixtures.FaultyMigrators;

if (args.Length is < 3 or > 4 || !FaultyMigration.Faults.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: faulty-migrator {string.Join('|', FaultyMigration.Faults)} <source> <out> [<time zone>]");
    return 2;
}

return await FaultyMigration.RunAsync(args[0], args[1], args[2], args.Length == 4 ? args[3] : null);
