using System.Collections.Frozen;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Output;

/// <summary>Reads <c>--target eml</c> output: one message per <c>&lt;mailbox&gt;/&lt;folder&gt;/&lt;index&gt;.eml</c> file.</summary>
public sealed class EmlOutputFormat : IOutputFormat
{
    /// <inheritdoc />
    public string Name => "eml";

    /// <inheritdoc />
    public IReadOnlySet<string> NotCarried { get; } = FrozenSet<string>.Empty;

    /// <inheritdoc />
    public bool Claims(string relativePath) => relativePath.EndsWith(".eml", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<MigratedMessage> Read(string root, string relativePath)
    {
        var location = PathSegments.Locate(relativePath);
        // Read into the thread's reused buffer: the message is parsed and projected into strings before this returns.
        var bytes = OutputFiles.TryReadShared(root, relativePath, out var problem);
        return [bytes is not { } content ? new MigratedMessage { Location = location, Problems = [problem!] } : MimeMessageReader.Read(content, location)];
    }
}
