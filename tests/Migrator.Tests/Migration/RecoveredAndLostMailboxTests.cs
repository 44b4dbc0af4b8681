using System.Text.Json;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Migration;

/*
 * The source contract's recovered and lost mailboxes (SourceMailbox.RecoveredFrom, IMigrationSource.LostMailboxes)
 * reach the report (format @2), through a source that sets them as a damaged DB8 store would.
 */
public sealed class RecoveredAndLostMailboxTests
{
    [Fact]
    public void RecoveredAndLostMailboxesAreListedInTheReport()
    {
        using var output = new TempDirectory();
        using var source = new DamagedSource();

        Migrating.Run(source, output.Path);

        using var report = JsonDocument.Parse(File.ReadAllBytes(output.Combine("migration-report.json")));
        var root = report.RootElement;
        Assert.Equal("mailmig-fidelity/migration-report@2", root.GetProperty("format").GetString());
        var recovered = Assert.Single(root.GetProperty("recovered").EnumerateArray());
        Assert.Equal(("recovered-mailbox-7", "index", "recovered-mailbox-7"),
            (recovered.GetProperty("name").GetString(), recovered.GetProperty("from").GetString(), recovered.GetProperty("path").GetString()));
        var lost = Assert.Single(root.GetProperty("lost").EnumerateArray());
        Assert.Equal(("Doe, Jane", 12, "no record of it survives"),
            (lost.GetProperty("name").GetString(), lost.GetProperty("expectedMessages").GetInt32(), lost.GetProperty("reason").GetString()));
        Assert.Equal(2, root.GetProperty("totals").GetProperty("migrated").GetInt32());
    }

    [Fact]
    public void AnUndamagedRunListsNoRecoveredOrLostMailboxes()
    {
        using var output = new TempDirectory();
        Migrating.Run(MigrationEngineTests.SamplePostOffice(), output.Path);
        using var report = JsonDocument.Parse(File.ReadAllBytes(output.Combine("migration-report.json")));
        Assert.Equal(0, report.RootElement.GetProperty("recovered").GetArrayLength());
        Assert.Equal(0, report.RootElement.GetProperty("lost").GetArrayLength());
    }

    /// <summary>A source as a store with a damaged mailbox list gives it: one mailbox listed, one recovered from the index, one lost.</summary>
    private sealed class DamagedSource : IMigrationSource
    {
        public string Kind => "memory";

        public string Description => "memory:damaged";

        public PostOffice PostOffice { get; } = new() { Name = TestMessages.PostOffice, TimeZoneId = "UTC" };

        public IReadOnlyList<SourceMailbox> Mailboxes { get; } =
        [
            new SourceMailbox("Smith, Grover", [], 1, 0),
            new SourceMailbox("recovered-mailbox-7", [], 1, 1, "index"),
        ];

        public IReadOnlyList<LostMailbox> LostMailboxes { get; } = [new LostMailbox("Doe, Jane", 12, "no record of it survives")];

        public IReadOnlyList<Diagnostic> Diagnostics { get; } = [];

        public IEnumerable<MessageRecord> ReadMessages(SourceMailbox mailbox) => [Migrating.Record(1, TestMessages.Simple())];

        public string RelativeFile(string file) => file;

        public void Dispose()
        {
        }
    }
}
