/*
 * Anonymizes an export file byte for byte in place: every header value, body, attachment name and
 * attachment byte that could be customer data is replaced with a keyed pseudonym of the same
 * length and byte classes, so every size, count, line end, code page, date, unknown keyword and
 * quirk of the original stays exactly where it was; only the people and their words are gone.
 */
using System.Text;
using System.Text.RegularExpressions;
using MailMig.Fidelity.Cli.Shrinking;

namespace MailMig.Fidelity.Cli.Anonymizing;

/// <summary>Replaces names, post offices, addresses, subjects, bodies and attachments of an export with keyed pseudonyms.</summary>
public sealed partial class ExportAnonymizer
{
    private static readonly string[] KeptKeywords = ["DATE", "PRIORITY", "STATUS", "CODEPAGE", "EXPORTED"];
    private readonly Pseudonyms _pseudonyms;
    private readonly TextRules _rules;

    /// <summary>An anonymizer for text in <paramref name="codePage"/> under <paramref name="key"/>.</summary>
    public ExportAnonymizer(byte[] key, int codePage)
    {
        _pseudonyms = new Pseudonyms(key, codePage, TextRules.AddressWords);
        _rules = new TextRules(_pseudonyms);
    }

    /// <summary>The anonymized bytes of the export <paramref name="original"/>.</summary>
    public static byte[] Anonymize(byte[] original, byte[] key)
    {
        var export = RawExportParser.Parse(original);
        return new ExportAnonymizer(key, export.CodePage).Anonymize(export).ToBytes();
    }

    /// <summary><paramref name="export"/> anonymized.</summary>
    public RawExport Anonymize(RawExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        return export with
        {
            FileHeader = Lines(export.FileHeader),
            Blocks = export.Blocks.Select(b => b with { Headers = Lines(b.Headers), Items = b.Items.Select(Item).ToList(), Tail = _rules.Words(b.Tail) }).ToList(),
        };
    }

    private List<RawLine> Lines(IReadOnlyList<RawLine> lines)
    {
        var output = new List<RawLine>();
        Func<byte[], byte[]> previous = text => _rules.Words(text);
        foreach (var line in lines)
        {
            if (line.Text.Length > 0 && line.Text[0] is (byte)' ' or (byte)'\t')
            {
                // A continuation line continues the previous header's value.
                output.Add(line with { Text = previous(line.Text) });
                continue;
            }

            previous = Rule(line);
            output.Add(line.Text.Contains((byte)':') ? line.WithValue(previous(line.Text[line.ValueStart..])) : line with { Text = _rules.Words(line.Text) });
        }

        return output;
    }

    private Func<byte[], byte[]> Rule(RawLine line)
    {
        var keyword = line.Keyword.Trim().ToUpperInvariant();
        return keyword switch
        {
            _ when TextRules.IsAddress(line) => _rules.Address,
            "FOLDER" => _rules.Folder,
            _ when KeptKeywords.Contains(keyword) => value => value,
            _ => text => _rules.Words(text),
        };
    }

    private RawItem Item(RawItem item)
    {
        var keyword = Encoding.Latin1.GetString(item.Size.Before).Split(':')[0].Trim().ToUpperInvariant();
        return keyword switch
        {
            "TEXT ITEM" => item with { Data = _rules.Words(item.Data) },
            "MESSAGE ITEM" => item with { Data = Nested(item.Data) },
            _ => item with { Size = item.Size with { After = ItemName(item.Size.After) }, Data = _pseudonyms.Data(item.Data, item.Kind == ItemDataKind.Hex) },
        };
    }

    /// <summary>A forwarded message's data anonymized as a block of its own (its headers, items and their data), byte length kept.</summary>
    private byte[] Nested(byte[] data)
    {
        var block = RawExportParser.ParseNested(data);
        var anonymized = block with { Headers = Lines(block.Headers), Items = block.Items.Select(Item).ToList(), Tail = _rules.Words(block.Tail) };
        return [.. anonymized.Body(), .. anonymized.Tail];
    }

    /// <summary>The part of a File/Fax/Graphics/Sound item line after its size: the name replaced, the date and time kept.</summary>
    private byte[] ItemName(byte[] rest)
    {
        var match = NameDateTime().Match(Encoding.Latin1.GetString(rest));
        if (!match.Success)
        {
            return rest;
        }

        var name = match.Groups["name"];
        return [.. rest[..name.Index], .. _rules.FileName(rest[name.Index..(name.Index + name.Length)]), .. rest[(name.Index + name.Length)..]];
    }

    [GeneratedRegex(@"^\s+(?<name>.*?)(?<when>\s+\d{1,2}[-/]\d{1,2}[-/](\d{2}|\d{4})\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?)?\s*$", RegexOptions.Singleline)]
    private static partial Regex NameDateTime();
}
