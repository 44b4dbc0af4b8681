using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Profiles;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q197114: cc:Mail gateways wrote ATTMAIL addresses in eight spellings, and migrations lost them.
 * One variant per header (From, To, Cc, Bcc, RRT) x spelling x letter case, 120 in all; the q197114
 * profile targets every one. Each is mixed with one more foreign recipient of another type. In From
 * the event comes from outside; in Bcc and RRT only the sender's copy shows it, so a local user sends.
 */

/// <summary>An ATTMAIL address in one header, spelling and letter case (KB Q197114).</summary>
public sealed class AttmailAddressFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "attmail-address";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 0, ["Q197114"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "an ATTMAIL address in From, To, Cc, Bcc or RRT, in one of eight spellings and three letter cases")
        { ConflictGroup = "from" };

    /// <summary>The number of ATTMAIL combinations: five headers, eight spellings, three letter cases.</summary>
    public const int Combinations = 5 * 8 * 3;

    /// <inheritdoc/>
    public override int Variants => Combinations;

    /// <inheritdoc/>
    public override int Targets(Profile profile) => profile.CoverAttmailMatrix ? Combinations : Descriptor.TargetCount;

    /// <inheritdoc/>
    public override SenderRule Sender(int variant) => Decode(variant).Slot switch
    {
        AddressSlot.From => SenderRule.FromOutside,
        AddressSlot.Bcc or AddressSlot.Rrt => SenderRule.FromLocalUser,
        _ => SenderRule.Any,
    };

    /// <summary>The header, spelling and letter case of combination <paramref name="variant"/> (header-major order).</summary>
    public static (AddressSlot Slot, AttmailForm Form, TextCase Case) Decode(int variant) =>
        ((AddressSlot)(variant / 24), (AttmailForm)(variant / 3 % 8), (TextCase)(variant % 3));

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var faker = context.Faker;
        var (slot, form, textCase) = Decode(variant);
        var first = faker.Name.FirstName();
        var last = faker.Name.LastName();
        var address = AddressFactory.Attmail(form, textCase, ForeignAddresses.Ascii((first[..1] + last).ToLowerInvariant()),
            context.Foreign.Org(faker.Random), ForeignAddresses.Ascii(last), ForeignAddresses.Ascii(first));
        var detail = $"{slot}/{TextCasing.Kebab(form.ToString())}/{TextCasing.Kebab(textCase.ToString())}";

        // Mixed with other types: one more foreign recipient of a non-ATTMAIL form.
        content.Cc.Add(context.Foreign.Of((ForeignForm)faker.Random.Int(0, (int)ForeignForm.Fax), faker));
        content.Marks.Add(Place(content, slot, address, detail));
    }

    private FaultMark Place(EventContent content, AddressSlot slot, CcAddress address, string detail)
    {
        switch (slot)
        {
            case AddressSlot.From:
                content.From = address;
                return Mark(LineKeywords.From, detail: detail);
            case AddressSlot.To:
                content.To.Add(address);
                return Mark(LineKeywords.To, content.To.Count - 1, detail);
            case AddressSlot.Cc:
                content.Cc.Add(address);
                return Mark(LineKeywords.Cc, content.Cc.Count - 1, detail);
            case AddressSlot.Bcc:
                content.Bcc.Add(address);
                return Mark(LineKeywords.Bcc, content.Bcc.Count - 1, detail, senderCopyOnly: true);
            default:
                content.ReturnReceiptTo = address;
                return Mark(LineKeywords.Rrt, detail: detail);
        }
    }
}
