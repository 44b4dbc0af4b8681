using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Migrator.Sources;

/*
 * KB Q238784: an attachment whose data cannot be read. The export reader keeps a binary item whose size
 * does not check (e.g. /FILES/HEX data holding non-hex characters) with the bytes it could recover and an
 * error diagnostic (export.item-size-mismatch or export.truncated) at the item's data offset; those bytes
 * are not the attachment's. The item line just before that offset names the item (keyword, size, name),
 * so the item is found in the message (binary items in pre-order, the first of that kind and name) and
 * left out, and the record gets the migrator's own diagnostic migrate.attachment-unreadable, which
 * becomes the repair attachment-unreadable. Text and Message items are kept: their recovered text is
 * what a user would see.
 */

/// <summary>Leaves out of export records the binary items whose bytes the reader could not read.</summary>
public sealed class UnreadableItems
{
    /// <summary>The diagnostic code added for each item left out.</summary>
    public const string Code = "migrate.attachment-unreadable";

    private static readonly string[] BinaryKeywords = ["File item:", "Fax item:", "Graphics item:", "Sound item:"];

    private readonly string _path;
    private readonly int _codePage;

    /// <summary>Reads item lines from the export file at <paramref name="path"/> in <paramref name="codePage"/>.</summary>
    public UnreadableItems(string path, int codePage)
    {
        _path = path;
        _codePage = CodePages.IsSupported(codePage) ? codePage : 850;
    }

    /// <summary>The record with every unreadable binary item left out and a diagnostic for each.</summary>
    public MessageRecord Apply(MessageRecord record)
    {
        if (record.Message is not { } message)
        {
            return record;
        }

        List<Diagnostic>? added = null;
        foreach (var diagnostic in record.Diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Error || diagnostic.Offset <= 0
                || diagnostic.Code is not (ExportDiagnosticCodes.ItemSizeMismatch or ExportDiagnosticCodes.Truncated))
            {
                continue;
            }

            var line = ItemLineBefore(diagnostic.Offset);
            var keyword = line is null ? null : BinaryKeywords.FirstOrDefault(k => line.StartsWith(k, StringComparison.OrdinalIgnoreCase));
            if (keyword is null || !Remove(message, keyword, line!))
            {
                continue;
            }

            (added ??= []).Add(new Diagnostic(DiagnosticSeverity.Error, Code,
                $"the {keyword.TrimEnd(':')} '{line}' could not be read ({diagnostic.Code}); it was left out", diagnostic.File, diagnostic.Offset));
        }

        return added is null ? record : record with { Diagnostics = [.. record.Diagnostics, .. added] };
    }

    private static bool Remove(CcMessage message, string keyword, string line)
    {
        foreach (var item in message.Items)
        {
            var matches = item switch
            {
                FileItem file => keyword == "File item:" && line.Contains(file.Name, StringComparison.Ordinal),
                BinaryItem binary => keyword.StartsWith(binary.Kind.ToString(), StringComparison.OrdinalIgnoreCase) && (binary.Name is null || line.Contains(binary.Name, StringComparison.Ordinal)),
                _ => false,
            };
            if (matches)
            {
                message.Items.Remove(item);
                return true;
            }

            if (item is MessageItem nested && Remove(nested.Message, keyword, line))
            {
                return true;
            }
        }

        return false;
    }

    // The line that ends right before the item's data: at most 4 KB back (an item line is short).
    private string? ItemLineBefore(long dataOffset)
    {
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            var start = Math.Max(0, dataOffset - 4096);
            var buffer = new byte[dataOffset - start];
            stream.Position = start;
            stream.ReadExactly(buffer);
            var end = buffer.Length;
            if (end > 0 && buffer[end - 1] == (byte)'\n')
            {
                end--;
            }

            if (end > 0 && buffer[end - 1] == (byte)'\r')
            {
                end--;
            }

            var begin = Array.LastIndexOf(buffer, (byte)'\n', Math.Max(0, end - 1)) + 1;
            return CodePages.Get(_codePage).GetString(buffer, begin, end - begin);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
