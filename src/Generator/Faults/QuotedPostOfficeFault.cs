using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q154099: a post office name containing a comma or " at " must be written in quotes. The post
 * office gets two such post offices (with a user each) in its directory; the fault copies those
 * users into Cc. Their users are no everyday correspondents, so only this fault writes them.
 */

/// <summary>A post office name containing a comma or ' at ', written in quotes (KB Q154099).</summary>
public sealed class QuotedPostOfficeFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "quoted-post-office";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 3, ["Q154099"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "a post office name containing a comma or ' at ', written in quotes");

    /// <summary>Post office names that need quotes: one with a comma, one with <c> at </c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["ACME, INC.", "OFFICE at HOME"];

    /// <inheritdoc/>
    public override void ShapePostOffice(PostOfficeDraft draft)
    {
        var faker = draft.Faker;
        foreach (var postOffice in Names)
        {
            draft.RemoteUsers.Add(new RemoteUser(draft.Unique($"{faker.Name.LastName()}, {faker.Name.FirstName()}"), postOffice));
        }

        draft.ExtraPostOffices.AddRange(Names);
    }

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        var quotedAt = content.Cc.Count;
        foreach (var user in context.PostOffice.RemoteUsers.Where(u => Names.Contains(u.PostOffice)))
        {
            content.Cc.Add(AddressFactory.Native(user.Name, user.PostOffice, forceQuotedPostOffice: true));
        }

        content.Marks.Add(Mark(LineKeywords.Cc, quotedAt));
    }
}
