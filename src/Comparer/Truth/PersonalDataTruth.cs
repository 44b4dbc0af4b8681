using System.Globalization;
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

        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!line.Contains("\"record\":\"bulletin", StringComparison.Ordinal) && !line.Contains("\"record\":\"mailingList\"", StringComparison.Ordinal)
                && !line.Contains("\"record\":\"addressBook\"", StringComparison.Ordinal))
            {
                continue;
            }

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
