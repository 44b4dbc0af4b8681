using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Output;

/*
 * The extension point for output formats. Each format claims the files it starts from and reads
 * them into MigratedMessages; files a format uses only as companions (the .PRI and .SEC files of
 * an Exchange 5.5 .PKL packing list) are read by it without being claimed (Exchange55OutputFormat).
 */

/// <summary>A format migrated output can be written in (.eml, mboxrd, Exchange 5.5 files), read into <see cref="MigratedMessage"/>s.</summary>
public interface IOutputFormat
{
    /// <summary>The format's short name as reports show it (<c>eml</c>, <c>mbox</c>, <c>exchange55</c>).</summary>
    string Name { get; }

    /// <summary>The <see cref="CarriedAspect"/>s this format cannot carry, which the ground-truth check does not compare; empty when it carries everything.</summary>
    IReadOnlySet<string> NotCarried { get; }

    /// <summary>Whether this format reads the file at <paramref name="relativePath"/> (<c>/</c>-separated, relative to the output root).</summary>
    bool Claims(string relativePath);

    /// <summary>Reads the messages of the claimed file at <paramref name="relativePath"/> under <paramref name="root"/>, never throwing on malformed content.</summary>
    IEnumerable<MigratedMessage> Read(string root, string relativePath);
}
