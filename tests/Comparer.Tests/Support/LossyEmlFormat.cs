using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Reads .eml output and drops what Exchange 5.5 files cannot carry (local date offset, attachment dates, receipt), declaring the given aspects not carried.</summary>
internal sealed class LossyEmlFormat(IReadOnlySet<string> notCarried) : IOutputFormat
{
    private readonly EmlOutputFormat _eml = new();

    public string Name => "exchange55";

    public IReadOnlySet<string> NotCarried { get; } = notCarried;

    public bool Claims(string relativePath) => _eml.Claims(relativePath);

    public IEnumerable<MigratedMessage> Read(string root, string relativePath) =>
        _eml.Read(root, relativePath).Select(m => m with
        {
            Date = m.Date?.ToUniversalTime(),
            Attachments = m.Attachments.Select(a => a with { Modified = null }).ToList(),
            ReceiptTo = [],
        });
}
