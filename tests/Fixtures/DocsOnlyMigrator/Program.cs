// Why: a migrator written from docs/ alone (docs/contract.md), to prove that a vendor could pass
// the corpus without reading our code. Usage: docs-only-migrator <source> <out> [<timezone>].
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Addresses;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Report;
using MailMig.Fidelity.Fixtures.DocsOnlyMigrator.Source;

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: docs-only-migrator <source: post office directory or export file> <out> [<IANA time zone>]");
    return 2;
}

var (source, outDir) = (args[0], args[1]);
try
{
    using var input = Open(source, args.Length == 3 ? args[2] : null, out var zoneAssumed);
    var report = new ReportWriter(source, input.Kind, OrgDomain.From(input.PostOffice));
    if (zoneAssumed)
    {
        report.Diagnostic(new Diagnostic(DiagnosticSeverity.Warning, "migrate.time-zone-assumed", "no time zone given; the export file's local times are read as UTC", Path.GetFileName(source), 0));
    }

    return new MigrationRun(input, outDir, report).Execute() ? 0 : 1;
}
catch (Exception e) when (e is CcMailFormatException or TimeZoneNotFoundException or InvalidTimeZoneException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"docs-only-migrator: {source}: {e.Message}");
    return 2;
}

static MigrationInput Open(string source, string? zoneId, out bool zoneAssumed)
{
    zoneAssumed = false;
    if (Directory.Exists(source))
    {
        if (!Db8Reader.IsPostOffice(source))
        {
            throw new DirectoryNotFoundException("the directory is not a cc:Mail post office (no CCPOMBOX.* file)");
        }

        return new Db8Input(source);
    }

    if (!File.Exists(source))
    {
        throw new FileNotFoundException("no such post office directory or export file");
    }

    zoneAssumed = string.IsNullOrEmpty(zoneId);
    return new ExportInput(source, zoneAssumed ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(zoneId!));
}
