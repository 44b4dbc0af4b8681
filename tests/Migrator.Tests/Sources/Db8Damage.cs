using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.Generator.Generation;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;
using MailMig.Fidelity.Migrator.Tests.Support;

namespace MailMig.Fidelity.Migrator.Tests.Sources;

/*
 * A small generated post office (DB8 only, no faults) and the means to damage a copy of its store one file
 * at a time, migrate it and check the accounting against the generator's manifest: every message the
 * generator wrote ends migrated, repaired or skipped, and whenever not every message reached its own
 * mailbox intact, the source says so (a recovered or lost mailbox, or an error diagnostic).
 */

/// <summary>A generated post office to damage, and the accounting check every damage test makes.</summary>
public sealed class Db8Damage : IDisposable
{
    /// <summary>Every file of the store, the kinds a damage test goes through.</summary>
    public static readonly string[] StoreFiles =
        [Db8Layout.VersionFile, Db8Layout.MailboxFile, Db8Layout.DirectoryFile, Db8Layout.StoreFile, Db8Layout.IndexFile, Db8Layout.CheckFile];

    private readonly TempDirectory _folder = new();

    /// <summary>Generates 4 mailboxes and 40 messages (seed 3, code page 850, New York time).</summary>
    public Db8Damage()
    {
        PostOfficeGenerator.Generate(new GeneratorOptions
        {
            Seed = 3,
            Profile = "minimal",
            Users = 4,
            Messages = 40,
            Faults = [],
            FaultRate = 0,
            Formats = [OutputFormat.Db8],
            CodePage = 850,
            TimeZoneId = "America/New_York",
        }, _folder.Path, force: true);
        var (_, messages) = Manifest.Read(_folder.Combine("manifest.jsonl"), "db8");
        Expected = messages;
    }

    /// <summary>What the manifest says the generator wrote.</summary>
    public List<ExpectedOutcome> Expected { get; }

    /// <summary>The undamaged post office directory.</summary>
    public string PostOffice => _folder.Combine("po");

    /// <summary>A copy of the post office under <paramref name="work"/>, changed by <paramref name="damage"/> (given the copy's directory).</summary>
    public string DamagedCopy(TempDirectory work, Action<string> damage)
    {
        var copy = work.Combine("po");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(PostOffice))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        damage(copy);
        return copy;
    }

    /// <summary>Flips <paramref name="count"/> bytes of <paramref name="file"/> from <paramref name="fraction"/> of its length on, 7 bytes apart.</summary>
    public static void Flip(string directory, string file, double fraction, int count)
    {
        var path = Path.Combine(directory, file);
        var bytes = File.ReadAllBytes(path);
        var start = (int)Math.Min(bytes.Length - 1, Math.Floor(bytes.Length * fraction));
        for (var i = 0; i < count; i++)
        {
            var at = Math.Min(bytes.Length - 1, start + (7 * i));
            bytes[at] ^= 0x5A;
        }

        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Cuts <paramref name="file"/> to <paramref name="length"/> bytes.</summary>
    public static void Cut(string directory, string file, long length)
    {
        using var stream = new FileStream(Path.Combine(directory, file), FileMode.Open, FileAccess.Write);
        stream.SetLength(Math.Min(stream.Length, length));
    }

    /// <summary>Migrates <paramref name="postOffice"/> to <paramref name="output"/> and checks every written message is accounted for and any loss is signalled.</summary>
    public Db8DamageOutcome MigrateAndAccount(string postOffice, string output, OutputTarget target = OutputTarget.Mbox)
    {
        using var source = new Db8Source(postOffice);
        var report = Migrating.Run(source, output, target, o => o with { FlushToDisk = false, MaxParallelism = 1 });
        var totals = report.Totals;
        Assert.Equal(Expected.Count, totals.Migrated + totals.Repaired + totals.Skipped);

        var byMailbox = Expected.GroupBy(m => m.Mailbox).ToDictionary(g => g.Key, g => g.Count());
        var intact = totals.Skipped == 0
            && report.Mailboxes.All(m => byMailbox.TryGetValue(m.Name, out var count) && count == m.Source);
        var outcome = new Db8DamageOutcome(report, [.. source.Mailboxes.Where(m => m.RecoveredFrom is not null)], source.LostMailboxes, [.. source.Diagnostics]);
        var signalled = outcome.Recovered.Count > 0 || outcome.Lost.Count > 0 || totals.Skipped > 0
            || report.Diagnostics.Any(d => d.Severity == "error");
        Assert.True(intact || signalled,
            $"not every message reached its mailbox intact, yet no skip, no recovered or lost mailbox and no error diagnostic: {totals}, "
            + $"mailboxes {string.Join(", ", report.Mailboxes.Select(m => $"{m.Name}={m.Source}"))}");
        return outcome;
    }

    /// <inheritdoc/>
    public void Dispose() => _folder.Dispose();
}
