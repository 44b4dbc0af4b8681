using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Comparer.Output;

/// <summary>Reads the records of one message from an Exchange 5.5 <c>.SEC</c> file, starting at the byte offset a <c>.PRI</c> row's <c>Body</c> gives.</summary>
public static class Exchange55SecondaryFile
{
    private const int MaxRecords = 10_000;

    /// <summary>Reads records from <paramref name="offset"/> until one says <c>Islast</c>; what is wrong goes to <paramref name="problems"/>, never an exception.</summary>
    public static IReadOnlyList<Exchange55Record> ReadMessage(ReadOnlyMemory<byte> file, long offset, Encoding encoding, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        ArgumentNullException.ThrowIfNull(problems);
        var records = new List<Exchange55Record>();
        var position = offset;
        var span = file.Span;
        while (records.Count < MaxRecords)
        {
            var at = position.ToString(CultureInfo.InvariantCulture);
            if (position < 0 || position >= file.Length)
            {
                problems.Add(".SEC offset " + at + " is outside the file (" + file.Length.ToString(CultureInfo.InvariantCulture) + " bytes)");
                break;
            }

            var lineEnd = span[(int)position..].IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                problems.Add(".SEC record at " + at + " has no CR LF after its header");
                break;
            }

            var header = encoding.GetString(span.Slice((int)position, lineEnd));
            var fields = Exchange55Csv.Fields(header, out var quoteProblem);
            string Field(int i) => i < fields.Count ? string.Join(';', fields[i]) : "";
            if (quoteProblem is not null || fields.Count < 7
                || !int.TryParse(Field(1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                problems.Add(".SEC record at " + at + " has an unreadable header: " + header);
                break;
            }

            var dataStart = position + lineEnd + 2;
            if (dataStart + length > file.Length)
            {
                problems.Add(".SEC record at " + at + " says Length " + Field(1) + " but the file ends first");
                break;
            }

            var isLast = Field(3).Equals("TRUE", StringComparison.OrdinalIgnoreCase);
            records.Add(new Exchange55Record(Field(0), Field(4), isLast, file.Slice((int)dataStart, length)));
            position = dataStart + length;
            if (!span[(int)position..].StartsWith("\r\n"u8))
            {
                problems.Add(".SEC record at " + at + " is not followed by CR LF after its " + Field(1) + " bytes");
            }
            else
            {
                position += 2;
            }

            if (isLast)
            {
                break;
            }
        }

        return records;
    }
}
