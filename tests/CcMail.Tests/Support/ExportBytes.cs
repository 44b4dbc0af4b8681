using System.Text.Json;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;

namespace MailMig.Fidelity.CcMail.Tests.Support;

/// <summary>Reads and writes export text in memory for tests, and compares models through their JSON form.</summary>
public static class ExportBytes
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Reads every record of <paramref name="bytes"/>.</summary>
    public static ExportFileContents Read(byte[] bytes, ExportReaderOptions? options = null, string? fileName = "test.exp")
    {
        using var reader = new ExportReader(new MemoryStream(bytes, writable: false), fileName, options);
        return ExportFile.ReadAll(reader);
    }

    /// <summary>Writes a header and messages to bytes.</summary>
    public static byte[] Write(ExportFileHeader header, IEnumerable<CcMessage> messages, ExportWriterOptions? options = null)
    {
        var stream = new MemoryStream();
        using (var writer = new ExportWriter(stream, options, leaveOpen: true))
        {
            writer.WriteHeader(header);
            foreach (var message in messages)
            {
                writer.WriteMessage(message);
            }
        }

        return stream.ToArray();
    }

    /// <summary>The JSON form of <paramref name="messages"/> (the model's content; Source is not part of it).</summary>
    public static string ToJson(IEnumerable<CcMessage?> messages) => JsonSerializer.Serialize(messages.ToList(), Json);

    /// <summary>The diagnostic codes of a record, in order.</summary>
    public static string[] Codes(MessageRecord record) => record.Diagnostics.Select(d => d.Code).ToArray();
}
