/*
 * A migrator that behaves exactly like ours, except that its cc:Mail extractor reads through an
 * invalid, non-null pointer when a message header holds an ATTMAIL address: the access violation of
 * Mailmig.exe / Mlmig32.dll before 5.5.2448.0 (KB Q197114), re-created. A null pointer would only
 * raise a catchable NullReferenceException in .NET; an address in unmapped memory is a real fault
 * that ends the process (SIGSEGV turned into an abort, exit 134, on Linux; 0xC0000005 on Windows).
 * Usage: q197114-migrator <source> <out>
 */
using MailMig.Fidelity.Fixtures.Q197114Migrator;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Sources;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: q197114-migrator <source> <out>");
    return 2;
}

IMigrationSource opened;
try
{
    opened = MigrationSources.Open(args[0]);
}
catch (MailMig.Fidelity.CcMail.Diagnostics.CcMailFormatException e)
{
    // Like any migrator, refuse what is not a post office nor an export file (exit 2); only ATTMAIL crashes it.
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var source = new Mlmig32Source(opened);
var engine = new MigrationEngine(source, new MigrationOptions { OutputDirectory = args[1], MaxParallelism = 1 });
var report = await engine.RunAsync();
return report.Totals.Skipped > 0 ? 1 : 0;
