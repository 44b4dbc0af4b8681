using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Fuzz;

/// <summary>The Comparer's MIME and mbox reader (docs/formats/output.md): the input is read and projected as one .eml, and split as an mbox whose entries are read.</summary>
internal static class MimeTarget
{
    /// <summary>Reads <paramref name="input"/> as a message, then as an mbox of messages; problems are the documented outcome.</summary>
    public static void Run(byte[] input)
    {
        var seen = ProjectionWriter.Write(MimeMessageReader.Read(input)).Length;
        foreach (var entry in MboxSplitter.Split(input))
        {
            seen += MimeMessageReader.Read(entry.Content).Problems.Count;
        }
        GC.KeepAlive(seen);
    }
}
