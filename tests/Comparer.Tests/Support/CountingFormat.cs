using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>An output format that counts how often each file is read, around another format.</summary>
internal sealed class CountingFormat(IOutputFormat inner) : IOutputFormat
{
    private int _reads;

    public int Reads => _reads;

    public string Name => inner.Name;

    public IReadOnlySet<string> NotCarried => inner.NotCarried;

    public bool Claims(string relativePath) => inner.Claims(relativePath);

    public IEnumerable<MigratedMessage> Read(string root, string relativePath)
    {
        Interlocked.Increment(ref _reads);
        return inner.Read(root, relativePath);
    }
}
