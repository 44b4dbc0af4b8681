using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Export;

/// <summary>Reads or writes a whole export file in one call (for files small enough to hold; use ExportReader to stream).</summary>
public static class ExportFile
{
    /// <summary>Reads the export file at <paramref name="path"/>: header, every record, and the diagnostics between blocks.</summary>
    public static ExportFileContents ReadAll(string path, ExportReaderOptions? options = null)
    {
        using var reader = ExportReader.Open(path, options);
        return ReadAll(reader);
    }

    /// <summary>Reads everything left in <paramref name="reader"/>.</summary>
    public static ExportFileContents ReadAll(ExportReader reader)
    {
        var header = reader.Header;
        var records = reader.ReadRecords().ToList();
        return new ExportFileContents(header, records, reader.Diagnostics.ToList());
    }

    /// <summary>Writes <paramref name="header"/> and <paramref name="messages"/> to <paramref name="path"/>, in the header's code page unless <paramref name="options"/> says otherwise.</summary>
    public static void Write(string path, ExportFileHeader header, IEnumerable<CcMessage> messages, ExportWriterOptions? options = null)
    {
        using var writer = new ExportWriter(File.Create(path), options ?? new ExportWriterOptions { CodePage = header.CodePage });
        writer.WriteHeader(header);
        foreach (var message in messages)
        {
            writer.WriteMessage(message);
        }
    }
}
