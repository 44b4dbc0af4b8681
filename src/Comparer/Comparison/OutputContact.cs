using MailMig.Fidelity.Comparer.Output;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * The contact check compares contacts and groups whichever file they were read from: a vCard
 * (%contacts.vcf) or a row of an exchange55 PAB section. Both become this one shape, with the address
 * and members already as AddressText (type and address, IMCEA-decoded), so one comparison serves both.
 */

/// <summary>One contact or group of the output as comparable text.</summary>
/// <param name="IsGroup">Whether it is a group (a vCard <c>KIND:group</c>, a PAB <c>Distribution list</c>).</param>
/// <param name="Name">Its name as written.</param>
/// <param name="Address">Its address as <see cref="AddressText"/>, <c>(empty)</c> when none.</param>
/// <param name="Members">Its members as <see cref="AddressText"/>, in order; <c>(empty)</c> for a blank one.</param>
/// <param name="IsBlank">Whether it has neither a name nor an address (KB Q250361).</param>
internal sealed record OutputContact(bool IsGroup, string Name, string Address, IReadOnlyList<string> Members, bool IsBlank)
{
    /// <summary>The contact or group of a vCard.</summary>
    public static OutputContact FromVCard(VCard card)
    {
        var email = card.First("EMAIL");
        return new OutputContact(card.Kind == "group", card.FormattedName, AddressText.OfAddrSpec(email), [.. card.All("MEMBER").Select(Member)],
            card.FormattedName.Trim().Length == 0 && string.IsNullOrWhiteSpace(email));
    }

    /// <summary>The contact or group of a PAB row.</summary>
    public static OutputContact FromPab(Exchange55PabEntry entry) =>
        new(entry.IsList, entry.Name, Proxy(entry.Address), [.. entry.Members.Select(Proxy)], entry.Name.Trim().Length == 0 && entry.Address.Trim().Length == 0);

    // A MEMBER value: a mailto: URI whose percent-encoding is undone, then IMCEA-decoded; anything else as written.
    private static string Member(string value)
    {
        if (!value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrWhiteSpace(value) ? "(empty)" : "not a mailto: URI: " + value;
        }

        return AddressText.OfAddrSpec(Uri.UnescapeDataString(value["mailto:".Length..]));
    }

    // A PAB address or member, "[TYPE:address]" after an optional display name.
    private static string Proxy(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "(empty)";
        }

        var address = Exchange55OutputFormat.Address(value);
        return address.Problem is null ? AddressText.OfProxy(address.Type, address.Address) : "not a [TYPE:address]: " + value;
    }
}
