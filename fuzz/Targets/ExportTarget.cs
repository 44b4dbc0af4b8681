using MailMig.Fidelity.CcMail.Export;

namespace MailMig.Fidelity.Fuzz;

/// <summary>The export reader (docs/formats/export.md): the input is one export file; every outcome but an exception is documented.</summary>
internal static class ExportTarget
{
    /// <summary>Probes and reads <paramref name="input"/> as an export file, walking every record and diagnostic.</summary>
    public static void Run(byte[] input)
    {
        _ = ExportFileCheck.WhyNot("fuzz.txt", input.AsSpan(0, Math.Min(input.Length, ExportFileCheck.ProbeBytes)));
        using var reader = new ExportReader(new MemoryStream(input, writable: false), "fuzz.txt");
        var seen = reader.Header.Extra.Count;
        foreach (var record in reader.ReadRecords())
        {
            seen += record.Diagnostics.Count + (record.Message?.Items.Count ?? 0);
        }
        seen += reader.Diagnostics.Count;
        GC.KeepAlive(seen);
    }
}
