using System.Text;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * Address books and mailing lists against the manifest, read with the Comparer's own vCard reader from
 * <owner's mailbox folder>/%contacts.vcf. Contacts are matched by name and address (IMCEA-decoded),
 * each once: an expected contact left unmatched is dropped (KB Q253196), an output contact left over is
 * unexpected (a blank one is KB Q250361). Groups are matched by name; members are compared in order,
 * so an emptied or lost member (KB Q214838) names its position.
 */

/// <summary>Checks the vCard output of address books and mailing lists against <see cref="PersonalDataTruth"/>.</summary>
internal static class ContactCheck
{
    /// <summary>Every difference between the contacts and groups under <paramref name="actualRoot"/> and <paramref name="truth"/>.</summary>
    public static List<TruthDifference> Run(string actualRoot, PersonalDataTruth truth)
    {
        var differences = new List<TruthDifference>();
        var owners = truth.AddressBooks.Select(b => b.Mailbox).Concat(truth.MailingLists.Select(l => l.Mailbox)).Distinct(StringComparer.Ordinal).ToList();
        var folders = Directory.Exists(actualRoot)
            ? new DirectoryInfo(actualRoot).GetDirectories().Select(d => d.Name).Where(n => n != PersonalDataNames.PublicSegment).ToList()
            : [];
        foreach (var owner in owners)
        {
            var folder = folders.FirstOrDefault(f => PathSegments.SameName(PathSegments.Decode(f), owner));
            var relative = folder is null ? null : folder + "/" + PersonalDataNames.ContactsFile;
            var cards = relative is null ? [] : Read(actualRoot, relative, owner, differences);
            var book = truth.AddressBooks.FirstOrDefault(b => b.Mailbox == owner);
            var individuals = cards.Where(c => c.Kind != "group").ToList();
            differences.AddRange(CheckContacts(owner, relative, book?.Contacts ?? [], individuals));
            var groups = cards.Where(c => c.Kind == "group").ToList();
            foreach (var list in truth.MailingLists.Where(l => l.Mailbox == owner))
            {
                differences.AddRange(CheckList(owner, relative, list, groups));
            }

            foreach (var group in groups)
            {
                differences.Add(Unexpected(owner, relative, TruthField.MailingList, "a group the manifest does not list: " + ProjectionWriter.Quote(group.FormattedName)));
            }
        }

        return differences;
    }

    private static List<VCard> Read(string root, string relative, string owner, List<TruthDifference> differences)
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            return [];
        }

        var (cards, problems) = VCardReader.Read(File.ReadAllText(path, Encoding.UTF8));
        foreach (var problem in problems)
        {
            differences.Add(new TruthDifference(owner, null, relative, TruthField.Malformed, "vCard", DifferenceValue.Plain("a vCard 4.0 file"), DifferenceValue.Plain(problem)));
        }

        return [.. cards];
    }

    private static IEnumerable<TruthDifference> CheckContacts(string owner, string? relative, IReadOnlyList<ExpectedContact> expected, List<VCard> actual)
    {
        var left = actual.Select(c => (Card: c, Text: ContactText(c.FormattedName, AddressText.OfAddrSpec(c.First("EMAIL"))))).ToList();
        foreach (var contact in expected)
        {
            var want = ContactText(contact.Name, contact.Address is null ? "(empty)" : AddressText.ProxyOf(contact.Address));
            var match = left.FindIndex(a => a.Text == want);
            if (match >= 0)
            {
                left.RemoveAt(match);
                continue;
            }

            yield return new TruthDifference(owner, null, relative, TruthField.Contact, "address book", DifferenceValue.Plain(want), DifferenceValue.Plain("(missing)"));
        }

        foreach (var (card, text) in left)
        {
            var blank = card.FormattedName.Trim().Length == 0 && string.IsNullOrWhiteSpace(card.First("EMAIL"));
            yield return Unexpected(owner, relative, TruthField.Contact, (blank ? "a blank contact" : "a contact the manifest does not list") + ": " + text);
        }
    }

    private static IEnumerable<TruthDifference> CheckList(string owner, string? relative, ExpectedMailingList list, List<VCard> groups)
    {
        var group = groups.FirstOrDefault(g => g.FormattedName == list.Name);
        if (group is null)
        {
            yield return new TruthDifference(owner, null, relative, TruthField.MailingList, ProjectionWriter.Quote(list.Name),
                DifferenceValue.Plain("a group of " + list.Members.Count + " members"), DifferenceValue.Plain("(missing)"));
            yield break;
        }

        groups.Remove(group);
        var members = group.All("MEMBER").Select(Member).ToList();
        for (var i = 0; i < Math.Max(members.Count, list.Members.Count); i++)
        {
            var want = i < list.Members.Count ? AddressText.ProxyOf(list.Members[i]) : "(none)";
            var got = i < members.Count ? members[i] : "(missing)";
            if (want != got)
            {
                yield return new TruthDifference(owner, null, relative, TruthField.ListMember, ProjectionWriter.Quote(list.Name) + " member " + (i + 1), DifferenceValue.Plain(want), DifferenceValue.Plain(got));
            }
        }
    }

    // A MEMBER value: a mailto: URI whose percent-encoding is undone, then IMCEA-decoded; anything else as written.
    private static string Member(string value)
    {
        if (!value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(value) ? "(empty)" : "not a mailto: URI: " + value;
        }

        return AddressText.OfAddrSpec(Uri.UnescapeDataString(value["mailto:".Length..]));
    }

    private static string ContactText(string name, string address) => ProjectionWriter.Quote(name) + " " + address;

    private static TruthDifference Unexpected(string owner, string? relative, string field, string what) =>
        new(owner, null, relative, field, null, DifferenceValue.Plain(ProjectionWriter.None), DifferenceValue.Plain(what));
}
