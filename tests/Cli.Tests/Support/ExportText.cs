/*
 * Export files for tests, written byte by byte the way EXPORT.EXE wrote them: the builder computes
 * each Message: size and item size, so a test states only headers and items, in any line end and
 * code page. Faults that need a wrong size are written by hand on top of it.
 */
using System.Text;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Cli.Tests.Support;

/// <summary>Builds the bytes of a cc:Mail export file from header lines and items.</summary>
public sealed class ExportText(int codePage = 850, string lineEnd = "\r\n")
{
    private readonly List<string> _fileHeader = [];
    private readonly List<(IReadOnlyList<string> Headers, IReadOnlyList<(string Line, byte[] Data)> Items)> _messages = [];

    private Encoding Encoding => CodePages.Get(codePage);

    /// <summary>Adds a file header line (before the first message).</summary>
    public ExportText FileHeader(string line)
    {
        _fileHeader.Add(line);
        return this;
    }

    /// <summary>Adds a message with <paramref name="headers"/> and one Text item holding <paramref name="body"/>.</summary>
    public ExportText Message(IReadOnlyList<string> headers, string body) =>
        Message(headers, [("Text item", Encoding.GetBytes(body.Replace("\n", lineEnd, StringComparison.Ordinal)))]);

    /// <summary>Adds a message with <paramref name="headers"/> and <paramref name="items"/> (item keyword and what follows the size, and the data).</summary>
    public ExportText Message(IReadOnlyList<string> headers, IReadOnlyList<(string Line, byte[] Data)> items)
    {
        _messages.Add((headers, items));
        return this;
    }

    /// <summary>A File item with <paramref name="name"/> and <paramref name="data"/>, dated 11/14/98 9:12 AM.</summary>
    public static (string Line, byte[] Data) File(string name, byte[] data) => ($"File item|{name} 11/14/98 9:12 AM", data);

    /// <summary>The export's bytes.</summary>
    public byte[] ToBytes()
    {
        var output = new MemoryStream();
        foreach (var line in _fileHeader)
        {
            Write(output, line + lineEnd);
        }

        foreach (var (headers, items) in _messages)
        {
            var block = new MemoryStream();
            foreach (var header in headers)
            {
                Write(block, header + lineEnd);
            }

            Write(block, $"Contents: {items.Count}{lineEnd}");
            foreach (var (line, data) in items)
            {
                var parts = line.Split('|');
                Write(block, parts.Length == 1 ? $"{parts[0]}: {data.Length}{lineEnd}" : $"{parts[0]}: {data.Length} {parts[1]}{lineEnd}");
                block.Write(data);
                Write(block, lineEnd);
            }

            Write(output, $"Message: {block.Length}{lineEnd}");
            block.WriteTo(output);
        }

        return output.ToArray();
    }

    private void Write(Stream stream, string text) => stream.Write(Encoding.GetBytes(text));
}
