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
                Boards.Add(root.GetProperty("name").GetString()!);
                break;
            case "bulletinMessage":
                BoardMessages.Add(new ExpectedBoardMessage(root.GetProperty("board").GetString()!, root.GetProperty("index").GetInt32(),
                    Address(root.GetProperty("from")), root.GetProperty("subject").GetString()!, Date(root.GetProperty("date")), root.GetProperty("body").GetString()!));
                break;
            case "mailingList":
                MailingLists.Add(new ExpectedMailingList(root.GetProperty("mailbox").GetString()!, root.GetProperty("name").GetString()!,
                    [.. root.GetProperty("members").EnumerateArray().Select(a => Address(a)!)]));
                break;
            case "addressBook":
                AddressBooks.Add(new ExpectedAddressBook(root.GetProperty("mailbox").GetString()!,
                    [.. root.GetProperty("contacts").EnumerateArray().Select(c => new ExpectedContact(c.GetProperty("name").GetString()!, Address(c.GetProperty("address"))))],
                    root.GetProperty("blank").GetInt32()));
                break;
        }
    }

    private static ManifestAddress? Address(JsonElement element) => element.ValueKind != JsonValueKind.Object ? null :
        new ManifestAddress(element.GetProperty("displayName").GetString(), element.GetProperty("type").GetString()!, element.GetProperty("address").GetString()!);

    private static DateTimeOffset? Date(JsonElement element) => element.ValueKind != JsonValueKind.String ? null :
        DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
