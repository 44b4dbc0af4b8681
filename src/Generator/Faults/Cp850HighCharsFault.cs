using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Addresses;
using MailMig.Fidelity.Generator.Content;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q255882: names, subjects and bodies with code page 850 high characters were decoded with the
 * wrong code page. Only what the post office's code page can write is used.
 */

/// <summary>Names, subjects and bodies with code page 850 high characters (KB Q255882).</summary>
public sealed class Cp850HighCharsFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "cp850-high-chars";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 35, ["Q255882"], FaultWhere.Model, FaultScope.Event, FaultOutcome.Migrated, null,
            "names, subjects and bodies with code page 850 high characters")
        { ConflictGroup = "subject", NeedsDbcs = false };

    /// <inheritdoc/>
    public override void ApplyToEvent(EventContent content, int variant, EventFaultContext context)
    {
        content.Subject = context.Encodable(Pools.HighCharLines[variant % Pools.HighCharLines.Length]);
        var body = (TextItem)content.Items[0];
        content.Items[0] = new TextItem { Text = context.Encodable(Pools.HighCharLines[(variant + 1) % Pools.HighCharLines.Length]) + "\r\n" + body.Text };
        var accented = Pools.AccentedNames.Select(n => $"{n.Last}, {n.First}").First(n => context.Encodable(n) == n);
        content.Cc.Add(AddressFactory.Native(accented, context.PostOffice.RemoteUsers[0].PostOffice));
        content.Marks.Add(Mark(LineKeywords.Subject));
    }
}
