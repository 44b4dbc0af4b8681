using System.Collections.Frozen;
using System.Globalization;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Output;

/// <summary>Reads <c>--target mbox</c> output: one mboxrd file per folder, <c>&lt;mailbox&gt;/&lt;folder path&gt;.mbox</c>.</summary>
/// <remarks>Each entry's snapshot is named by its <c>X-MailMig-Source-Index</c> (<c>Inbox/000017</c>), or <c>entry-000003</c> by position when that is missing.</remarks>
public sealed class MboxOutputFormat : IOutputFormat
{
    /// <inheritdoc />
    public string Name => "mbox";

    /// <inheritdoc />
    public IReadOnlySet<string> NotCarried { get; } = FrozenSet<string>.Empty;

    /// <inheritdoc />
    public bool Claims(string relativePath) => relativePath.EndsWith(".mbox", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<MigratedMessage> Read(string root, string relativePath)
    {
        var bytes = OutputFiles.TryReadAll(root, relativePath, out var problem);
        if (bytes is null)
        {
            yield return new MigratedMessage { Location = PathSegments.Locate(relativePath, null, "file"), Problems = [problem!] };
            yield break;
        }

        foreach (var entry in MboxSplitter.Split(bytes))
        {
            var message = MimeMessageReader.Read(entry.Content);
            var leaf = message.SourceIndex is { } index
                ? index.ToString("D6", CultureInfo.InvariantCulture)
                : "entry-" + entry.Number.ToString("D6", CultureInfo.InvariantCulture);
            yield return message with { Location = PathSegments.Locate(relativePath, entry.Number, leaf) };
        }
    }
}
