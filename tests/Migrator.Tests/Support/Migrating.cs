using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MailMig.Fidelity.Migrator.Sources;

namespace MailMig.Fidelity.Migrator.Tests.Support;

/// <summary>Runs the engine over in-memory sources and reads output trees.</summary>
public static class Migrating
{
    public static MigrationReport Run(IMigrationSource source, string output, OutputTarget target = OutputTarget.Eml, Func<MigrationOptions, MigrationOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var options = new MigrationOptions { OutputDirectory = output, Target = target, WatchdogTimeout = TimeSpan.FromSeconds(20) };
        options = configure?.Invoke(options) ?? options;
        return new MigrationEngine(source, options).RunAsync(cancellationToken).GetAwaiter().GetResult();
    }

    public static MigrationReport Run(PostOffice postOffice, string output, OutputTarget target = OutputTarget.Eml) => Run(new InMemorySource(postOffice), output, target);

    public static MessageRecord Record(int index, CcMessage? message, params Diagnostic[] diagnostics) =>
        new(index, new SourceLocation("MBOX0001.DAT", 1000L * index), 100, message, diagnostics);

    public static InMemorySource Source(params (string Mailbox, MessageRecord[] Records)[] mailboxes) =>
        new(TestMessages.Office(), mailboxes.Select(m => (new Mailbox { Name = m.Mailbox, Folders = [.. SystemFolders.All] }, (IReadOnlyList<MessageRecord>)m.Records)));

    /// <summary>Every file under <paramref name="root"/> (relative path, bytes), sorted, the report left out when <paramref name="withReport"/> is false.</summary>
    public static SortedDictionary<string, byte[]> Tree(string root, bool withReport = false)
    {
        var tree = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (withReport || relative != MigrationReport.FileName)
            {
                tree[relative] = File.ReadAllBytes(file);
            }
        }

        return tree;
    }

    public static void AssertSameTree(string expected, string actual, bool withReport = true)
    {
        var left = Tree(expected, withReport);
        var right = Tree(actual, withReport);
        Assert.Equal(left.Keys, right.Keys);
        foreach (var (path, bytes) in left)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(right[path]), $"{path} differs");
        }
    }

    /// <summary>Asserts two output trees hold the same files with the same bytes but for the volatile X-MailMig-Source header; returns the second tree.</summary>
    public static SortedDictionary<string, byte[]> AssertSameMessagesExceptSource(string expected, string actual)
    {
        var left = Tree(expected);
        var right = Tree(actual);
        Assert.Equal(left.Keys, right.Keys);
        foreach (var (path, bytes) in left)
        {
            Assert.Equal(WithoutSource(bytes), WithoutSource(right[path]));
        }

        return right;
    }

    private static string WithoutSource(byte[] eml) =>
        string.Join("\n", System.Text.Encoding.UTF8.GetString(eml).Split('\n').Where(l => !l.StartsWith("X-MailMig-Source:", StringComparison.Ordinal)));
}
