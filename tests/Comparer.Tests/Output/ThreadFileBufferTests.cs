using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Tests.Support;

namespace MailMig.Fidelity.Comparer.Tests.Output;

public sealed class ThreadFileBufferTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024 - 1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(5 * 1024 * 1024)]
    public void EveryByteOfAFileIsReadWhateverItsSizeAndWhateverWasReadBefore(int size)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 31 + 7)).ToArray();
        var bigger = _temp.Combine("bigger.bin");
        File.WriteAllBytes(bigger, [.. bytes, .. bytes, 1, 2, 3]);
        var path = _temp.Combine("file.bin");
        File.WriteAllBytes(path, bytes);

        // First a larger file, so the reused buffer holds stale bytes past the next file's end.
        ThreadFileBuffer.ReadAll(bigger);
        var read = ThreadFileBuffer.ReadAll(path);

        Assert.Equal(bytes, read.ToArray());
    }
}
