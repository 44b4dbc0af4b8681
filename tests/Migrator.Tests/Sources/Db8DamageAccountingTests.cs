using System.Buffers.Binary;
using CsCheck;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Sources;

/*
 * Issue 9, item 1: the number of source messages comes from every witness the store has, never from what
 * happened to be readable. Each file of a generated post office is damaged in turn (and at random, in the
 * property); the accounting must always add up to what the generator wrote, and any loss must be said.
 */
public sealed class Db8DamageAccountingTests : IClassFixture<Db8Damage>
{
    private readonly Db8Damage _store;

    public Db8DamageAccountingTests(Db8Damage store) => _store = store;

    public static TheoryData<string, double> FlippedBytes()
    {
        var data = new TheoryData<string, double>();
        foreach (var file in Db8Damage.StoreFiles)
        {
            foreach (var fraction in new[] { 0.0, 0.2, 0.45, 0.7, 0.95 })
            {
                data.Add(file, fraction);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FlippedBytes))]
    public void ThreeFlippedBytesInAnyFileLeaveEveryWrittenMessageAccountedFor(string file, double fraction)
    {
        using var work = new TempDirectory();
        var damaged = _store.DamagedCopy(work, po => Db8Damage.Flip(po, file, fraction, 3));

        _store.MigrateAndAccount(damaged, work.Combine("out"));
    }

    [Fact]
    public void AMailboxListCutShortStillMigratesEveryMessageUnderItsOwnMailbox()
    {
        using var work = new TempDirectory();
        var damaged = _store.DamagedCopy(work, po => Db8Damage.Cut(po, Db8Layout.MailboxFile, 100));

        var outcome = _store.MigrateAndAccount(damaged, work.Combine("out"));

        Assert.Equal(_store.Expected.Count, outcome.Report.Totals.Migrated);
        Assert.Equal(_store.Expected.Select(m => m.Mailbox).Distinct().Order(StringComparer.Ordinal),
            outcome.Report.Mailboxes.Where(m => m.Source > 0).Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.NotEmpty(outcome.Recovered);
        Assert.All(outcome.Recovered, m => Assert.Equal("index", m.RecoveredFrom));
    }

    [Fact]
    public void OneRandomlyDamagedStoreFileNeverLosesAMessageWithoutAWord()
    {
        var damage = Gen.Select(Gen.Int[0, Db8Damage.StoreFiles.Length - 1], Gen.Double[0, 1], Gen.Int[1, 6], Gen.Bool);
        damage.Sample((file, fraction, count, cut) =>
        {
            using var work = new TempDirectory();
            var name = Db8Damage.StoreFiles[file];
            var damaged = _store.DamagedCopy(work, po =>
            {
                if (cut)
                {
                    Db8Damage.Cut(po, name, (long)(new FileInfo(Path.Combine(po, name)).Length * fraction));
                }
                else
                {
                    Db8Damage.Flip(po, name, fraction, count);
                }
            });
            _store.MigrateAndAccount(damaged, work.Combine("out"));
        }, iter: 60, threads: 1, print: t => $"{Db8Damage.StoreFiles[t.Item1]} {(t.Item4 ? "cut at" : $"{t.Item3} bytes flipped from")} {t.Item2:0.000}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void WithOnlyTheMailboxListDamagedTheLostMailboxMigratesAsIfUndamaged(int mailbox)
    {
        using var work = new TempDirectory();
        var damaged = _store.DamagedCopy(work, po => FlipMailboxRecord(po, mailbox));
        using (var undamaged = new Db8Source(_store.PostOffice))
        {
            Migrating.Run(undamaged, work.Combine("undamaged"), OutputTarget.Eml, o => o with { FlushToDisk = false });
        }

        var outcome = _store.MigrateAndAccount(damaged, work.Combine("damaged"), OutputTarget.Eml);

        Assert.Equal(0, outcome.Report.Totals.Skipped);
        var recovered = Assert.Single(outcome.Recovered);
        Assert.Equal(_store.Expected.Select(m => m.Mailbox).Distinct().ElementAt(mailbox), recovered.Name);
        Migrating.AssertSameTree(work.Combine("undamaged"), work.Combine("damaged"), withReport: false);
    }

    [Fact]
    public void OneFlippedByteInTheVersionFileIsAWarningAndEveryMessageMigrates()
    {
        using var work = new TempDirectory();
        var damaged = _store.DamagedCopy(work, po => Db8Damage.Flip(po, Db8Layout.VersionFile, 0.8, 1));

        var outcome = _store.MigrateAndAccount(damaged, work.Combine("out"));

        Assert.Equal(_store.Expected.Count, outcome.Report.Totals.Migrated);
        var warning = Assert.Single(outcome.Diagnostics, d => d.File == Db8Layout.VersionFile);
        Assert.Equal((DiagnosticSeverity.Warning, Db8DiagnosticCodes.VersionDamaged), (warning.Severity, warning.Code));
        Assert.Empty(outcome.Recovered);
    }

    [Fact]
    public void AnIntactVersionFileNamingDatabaseSixIsStillRefused()
    {
        using var work = new TempDirectory();
        var damaged = _store.DamagedCopy(work, po =>
        {
            var path = Path.Combine(po, Db8Layout.VersionFile);
            var bytes = File.ReadAllBytes(path);
            var record = Db8Layout.FileHeaderSize;
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(record + Db8Layout.RecordHeaderSize), 6);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(record + Db8Layout.BodyCrcFieldOffset), Crc32.Compute(bytes.AsSpan(record + Db8Layout.RecordHeaderSize, 8)));
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(record + Db8Layout.HeaderCrcFieldOffset), Crc32.Compute(bytes.AsSpan(record, Db8Layout.HeaderCrcFieldOffset)));
            File.WriteAllBytes(path, bytes);
        });

        var error = Assert.Throws<CcMailFormatException>(() => MigrationSources.Open(damaged));

        Assert.Contains("generation 6", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Flips three body bytes of the <c>MBOX</c> record of the <paramref name="mailbox"/>-th mailbox (0-based).</summary>
    private static void FlipMailboxRecord(string directory, int mailbox)
    {
        var path = Path.Combine(directory, Db8Layout.MailboxFile);
        var bytes = File.ReadAllBytes(path);
        long offset = Db8Layout.FileHeaderSize;
        offset += BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset + Db8Layout.LengthFieldOffset));
        for (var i = 0; i < mailbox; i++)
        {
            offset += BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset + Db8Layout.LengthFieldOffset));
        }

        for (var i = 0; i < 3; i++)
        {
            bytes[offset + Db8Layout.RecordHeaderSize + 2 + (5 * i)] ^= 0x5A;
        }

        File.WriteAllBytes(path, bytes);
    }
}
