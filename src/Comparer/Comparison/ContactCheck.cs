using System.Text;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * Address books and mailing lists against the manifest, read with the Comparer's own readers from
 * <owner's mailbox folder>/%contacts.vcf and, in an exchange55 output (a mailbox folder holds a .PKL), also
 * from the PAB section of the owner's .PRI: the contract asks for both, so each is checked on its own.
 * Contacts are matched by name and address (IMCEA-decoded), each once: an expected contact left unmatched
 * is dropped (KB Q253196), an output contact left over is unexpected (a blank one is KB Q250361). Groups
 * are matched by name; members are compared in order, so an emptied or lost member (KB Q214838) names its
 * position.
 */

/// <summary>Checks the vCard output (and the exchange55 PAB section) of address books and mailing lists against <see cref="PersonalDataTruth"/>.</summary>
internal static class ContactCheck
{
    private const string PabDetail = "PAB section";

    /// <summary>Every difference between the contacts and groups under <paramref name="actualRoot"/> and <paramref name="truth"/>.</summary>
    public static List<TruthDifference> Run(string actualRoot, PersonalDataTruth truth)
    {
        var differences = new List<TruthDifference>();
        var owners = truth.AddressBooks.Select(b => b.Mailbox).Concat(truth.MailingLists.Select(l => l.Mailbox)).Distinct(StringComparer.Ordinal).ToList();
        var folders = Directory.Exists(actualRoot)
            ? new DirectoryInfo(actualRoot).GetDirectories().Select(d => d.Name).Where(n => n != PersonalDataNames.PublicSegment).ToList()
            : [];
        var exchange55 = owners.Count > 0 && folders.Any(f => Exchange55PabReader.PackingListIn(actualRoot, f) is not null);
        foreach (var owner in owners)
        {
            var folder = folders.FirstOrDefault(f => PathSegments.SameName(PathSegments.Decode(f), owner));
            var relative = folder is null ? null : folder + "/" + PersonalDataNames.ContactsFile;
            var cards = relative is null ? [] : Read(actualRoot, relative, owner, differences);
            differences.AddRange(CheckOwner(owner, relative, "address book", [.. cards.Select(OutputContact.FromVCard)], truth));
            if (exchange55)
            {
                differences.AddRange(CheckPab(actualRoot, folder, owner, truth));
            }
        }

        return differences;
    }

    private static List<VCard> Read(string root, string relative, string owner, List<TruthDifference> differences)
    {
        var path = Path.Combine(root, relative);
        if (!Path.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return [];
        }

        // Read as every output file is: a link, a FIFO or an unreadable file is named, never opened.
        if (OutputFiles.TryReadAll(root, relative, out var unreadable) is not { } bytes)
        {
            differences.Add(new TruthDifference(owner, null, relative, TruthField.Malformed, "vCard", DifferenceValue.Plain("a vCard 4.0 file"), DifferenceValue.Plain(unreadable!)));
            return [];
        }

        var (cards, problems) = VCardReader.Read(Encoding.UTF8.GetString(bytes));
        foreach (var problem in problems)
        {
            differences.Add(new TruthDifference(owner, null, relative, TruthField.Malformed, "vCard", DifferenceValue.Plain("a vCard 4.0 file"), DifferenceValue.Plain(problem)));
        }

        return [.. cards];
    }

    private static IEnumerable<TruthDifference> CheckPab(string root, string? folder, string owner, PersonalDataTruth truth)
    {
        var pab = folder is null ? null : Exchange55PabReader.Read(root, folder);
        foreach (var problem in pab?.Problems ?? [])
        {
            yield return new TruthDifference(owner, null, pab!.PrimaryFile, TruthField.Malformed, PabDetail, DifferenceValue.Plain("a readable PAB section"), DifferenceValue.Plain(problem));
        }

        foreach (var difference in CheckOwner(owner, pab?.PrimaryFile, PabDetail, [.. (pab?.Entries ?? []).Select(OutputContact.FromPab)], truth))
        {
            yield return difference;
        }
    }

    private static IEnumerable<TruthDifference> CheckOwner(string owner, string? relative, string detail, List<OutputContact> contacts, PersonalDataTruth truth)
    {
        var book = truth.AddressBooks.FirstOrDefault(b => b.Mailbox == owner);
        var differences = CheckContacts(owner, relative, detail, book?.Contacts ?? [], [.. contacts.Where(c => !c.IsGroup)]).ToList();
        var groups = contacts.Where(c => c.IsGroup).ToList();
        foreach (var list in truth.MailingLists.Where(l => l.Mailbox == owner))
        {
            differences.AddRange(CheckList(owner, relative, list, groups));
        }

        foreach (var group in groups)
        {
            differences.Add(Unexpected(owner, relative, TruthField.MailingList, "a group the manifest does not list: " + ProjectionWriter.Quote(group.Name)));
        }

        return differences;
    }

    private static IEnumerable<TruthDifference> CheckContacts(string owner, string? relative, string detail, IReadOnlyList<ExpectedContact> expected, List<OutputContact> actual)
    {
        var left = actual.Select(c => (Contact: c, Text: ContactText(c.Name, c.Address))).ToList();
        foreach (var contact in expected)
        {
            var want = ContactText(contact.Name, contact.Address is null ? "(empty)" : AddressText.ProxyOf(contact.Address));
            var match = left.FindIndex(a => a.Text == want);
            if (match >= 0)
            {
                left.RemoveAt(match);
                continue;
            }

            yield return new TruthDifference(owner, null, relative, TruthField.Contact, detail, DifferenceValue.Plain(want), DifferenceValue.Plain("(missing)"));
        }

        foreach (var (contact, text) in left)
        {
            yield return Unexpected(owner, relative, TruthField.Contact, (contact.IsBlank ? "a blank contact" : "a contact the manifest does not list") + ": " + text);
        }
    }

    private static IEnumerable<TruthDifference> CheckList(string owner, string? relative, ExpectedMailingList list, List<OutputContact> groups)
    {
        var group = groups.FirstOrDefault(g => g.Name == list.Name);
        if (group is null)
        {
            yield return new TruthDifference(owner, null, relative, TruthField.MailingList, ProjectionWriter.Quote(list.Name),
                DifferenceValue.Plain("a group of " + list.Members.Count + " members"), DifferenceValue.Plain("(missing)"));
            yield break;
        }

        groups.Remove(group);
        for (var i = 0; i < Math.Max(group.Members.Count, list.Members.Count); i++)
        {
            var want = i < list.Members.Count ? AddressText.ProxyOf(list.Members[i]) : "(none)";
            var got = i < group.Members.Count ? group.Members[i] : "(missing)";
            if (want != got)
            {
                yield return new TruthDifference(owner, null, relative, TruthField.ListMember, ProjectionWriter.Quote(list.Name) + " member " + (i + 1), DifferenceValue.Plain(want), DifferenceValue.Plain(got));
            }
        }
    }

    private static string ContactText(string name, string address) => ProjectionWriter.Quote(name) + " " + address;

    private static TruthDifference Unexpected(string owner, string? relative, string field, string what) =>
        new(owner, null, relative, field, null, DifferenceValue.Plain(ProjectionWriter.None), DifferenceValue.Plain(what));
}
