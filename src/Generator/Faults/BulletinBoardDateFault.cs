using MailMig.Fidelity.CcMail.Text;

namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q193735: the dates of DB6 bulletin-board messages became the date of the migration. The fault
 * adds three messages to the first board dated years apart (early 1996, the last minute of 1999 and a
 * two-digit-year 2000 date), each written as its own Date text. Every one must keep its own date.
 */

/// <summary>Bulletin-board messages dated years apart, each of which must keep its own date (KB Q193735).</summary>
public sealed class BulletinBoardDateFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "bulletin-board-date";

    private static readonly DateTime[] Dates = [new(1996, 1, 15, 8, 5, 0), new(1999, 12, 31, 23, 59, 0), new(2000, 1, 3, 9, 30, 0)];

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 42, ["Q193735"], FaultWhere.Model, FaultScope.PersonalData, FaultOutcome.Migrated, null,
            "bulletin-board messages dated 1/15/96, 12/31/99 and 1/3/00")
        { InAll = false };

    /// <inheritdoc/>
    public override bool NeedsPersonalData => true;

    /// <inheritdoc/>
    public override void ShapePersonalData(PersonalDataDraft draft)
    {
        var users = draft.PostOffice.Users;
        for (var i = 0; i < Dates.Length; i++)
        {
            var local = draft.Calendar.Unambiguous(Dates[i]);
            var text = CcDateParser.Format(local, CcDateStyle.Short);
            var author = users[draft.Random.Int(0, users.Count - 1)];
            var index = draft.AddBoardMessage(0, local, text, "Archived notice " + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                author.Address, "Kept on the board since " + text + ".\r\n");
            draft.Mark(Descriptor, PersonalDataKind.BoardMessage, 0, index, text);
        }
    }
}
