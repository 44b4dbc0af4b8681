namespace MailMig.Fidelity.Fuzz;

/// <summary>Reads one fuzz input whole from the stream SharpFuzz hands out (which must not be closed).</summary>
internal static class FuzzInput
{
    /// <summary>Every byte left in <paramref name="stream"/>.</summary>
    public static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
