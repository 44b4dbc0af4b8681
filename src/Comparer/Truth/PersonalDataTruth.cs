using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * The ground truth of bulletin boards, mailing lists and address books: the manifest's bulletinBoard,
 * bulletinMessage, mailingList and addressBook records (docs/formats/manifest.md), read in one pass of
 * their own so the message index stays as it is. Lines of other records are skipped unparsed; a
 * record of these kinds that does not read is a problem, never an exception.
 */

/// <summary>What the manifest expects of bulletin boards, mailing lists and address books.</summary>
public sealed class PersonalDataTruth
{
    /// <summary>The boards' names in manifest order.</summary>
    public List<string> Boards { get; } = [];

    /// <summary>Every board message.</summary>
    public List<ExpectedBoardMessage> BoardMessages { get; } = [];

    /// <summary>Every mailing list.</summary>
    public List<ExpectedMailingList> MailingLists { get; } = [];

    /// <summary>Every address book.</summary>
    public List<ExpectedAddressBook> AddressBooks { get; } = [];

    /// <summary>Lines that could not be read, each naming its line number.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Whether the manifest lists none of these.</summary>
    public bool IsEmpty => Boards.Count == 0 && MailingLists.Count == 0 && AddressBooks.Count == 0;

    /// <summary>Reads the records from the manifest at <paramref name="path"/> (nothing when it does not exist).</summary>
    public static PersonalDataTruth Read(string path)
    {
        var truth = new PersonalDataTruth();
        if (!File.Exists(path))
        {
            return truth;
        }

        foreach (var (number, line) in Candidates(path))
        {
            try
            {
                using var document = JsonDocument.Parse(line);
                truth.Add(document.RootElement);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                truth.Problems.Add($"{path}:{number}: {e.Message}");
            }
        }

        return truth;
    }

    // The lines that may hold these records, with their numbers. The patterns are ASCII, so they are
    // found in the raw bytes exactly where they would be in the decoded text, and only those lines are
    // decoded; a file with a UTF-16 or UTF-32 byte-order mark is decoded whole, as File.ReadLines does.
    private static IEnumerable<(int Number, string Line)> Candidates(string path)
    {
        if (HasWideByteOrderMark(path))
        {
            return File.ReadLines(path).Select((line, i) => (i + 1, line)).Where(l => l.line.Contains("\"record\":\"bulletin", StringComparison.Ordinal)
                || l.line.Contains("\"record\":\"mailingList\"", StringComparison.Ordinal) || l.line.Contains("\"record\":\"addressBook\"", StringComparison.Ordinal));
        }

        return RawCandidates(path);
    }

    private static IEnumerable<(int Number, string Line)> RawCandidates(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var number = 0;
        foreach (var batch in ManifestLineSplitter.SplitBatches(stream, 1 << 20))
        {
            foreach (var (_, bytes) in batch)
            {
                number++;
                if (IsCandidate(bytes.Span))
                {
                    yield return (number, Encoding.UTF8.GetString(bytes.Span));
                }
            }
        }
    }

    private static bool IsCandidate(ReadOnlySpan<byte> line) =>
        line.IndexOf("\"record\":\"bulletin"u8) >= 0 || line.IndexOf("\"record\":\"mailingList\""u8) >= 0 || line.IndexOf("\"record\":\"addressBook\""u8) >= 0;

    private static bool HasWideByteOrderMark(string path)
    {
        Span<byte> start = stackalloc byte[4];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var read = stream.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        return (read >= 2 && (start[..2].SequenceEqual((byte[])[0xFE, 0xFF]) || start[..2].SequenceEqual((byte[])[0xFF, 0xFE])))
            || (read == 4 && start.SequenceEqual((byte[])[0x00, 0x00, 0xFE, 0xFF]));
    }

    private void Add(JsonElement root)
    {
        switch (root.GetProperty("record").GetString())
        {
            case "bulletinBoard":
                Boards.Add(Text(root, "name"));
                break;
            case "bulletinMessage":
                BoardMessages.Add(new ExpectedBoardMessage(Text(root, "board"), root.GetProperty("index").GetInt32(),
                    Address(root.GetProperty("from")), Text(root, "subject"), Date(root.GetProperty("date")), Text(root, "body")));
                break;
            case "mailingList":
                MailingLists.Add(new ExpectedMailingList(Text(root, "mailbox"), Text(root, "name"),
                    [.. root.GetProperty("members").EnumerateArray().Select(a => Address(a)!)]));
                break;
            case "addressBook":
                AddressBooks.Add(new ExpectedAddressBook(Text(root, "mailbox"),
                    [.. root.GetProperty("contacts").EnumerateArray().Select(c => new ExpectedContact(Text(c, "name"), Address(c.GetProperty("address"))))],
                    root.GetProperty("blank").GetInt32()));
                break;
        }
    }

    private static ManifestAddress? Address(JsonElement element) => element.ValueKind != JsonValueKind.Object ? null :
        new ManifestAddress(element.GetProperty("displayName").GetString(), Text(element, "type"), Text(element, "address"));

    // A member the record needs as text: anything else (null, a number) makes the record unreadable, not a null that crashes a check later.
    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString()! : throw new FormatException($"'{name}' must be a text");

    private static DateTimeOffset? Date(JsonElement element) => element.ValueKind != JsonValueKind.String ? null :
        DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
