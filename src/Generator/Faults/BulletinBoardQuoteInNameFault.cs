namespace MailMig.Fidelity.Generator.Faults;

/*
 * KB Q154099: bulletin boards whose names contain '"' could not be migrated. The fault adds a board
 * named with quotes (and a backslash, the folder separator) holding two messages; the board must
 * arrive under its exact name, its messages intact.
 */

/// <summary>A bulletin board whose name contains <c>"</c> (KB Q154099).</summary>
public sealed class BulletinBoardQuoteInNameFault : FaultType
{
    /// <summary>The catalog id.</summary>
    public const string Id = "bulletin-board-quote-in-name";

    /// <summary>The board's name.</summary>
    public const string BoardName = "Sales \"Hot\" Leads \\ 1999";

    /// <inheritdoc/>
    public override FaultDescriptor Descriptor { get; } =
        new(Id, 43, ["Q154099"], FaultWhere.Model, FaultScope.PersonalData, FaultOutcome.Migrated, null,
            "a bulletin board named `Sales \"Hot\" Leads \\ 1999`")
        { InAll = false };

    /// <inheritdoc/>
    public override bool NeedsPersonalData => true;

    /// <inheritdoc/>
    public override void ShapePersonalData(PersonalDataDraft draft)
    {
        var board = draft.AddBoard(BoardName);
        var users = draft.PostOffice.Users;
        for (var i = 0; i < 2; i++)
        {
            var local = Lists.PersonalDataFactory.RandomLocal(draft.Calendar, draft.Random);
            var author = users[draft.Random.Int(0, users.Count - 1)];
            draft.AddBoardMessage(board, local, CcMail.Text.CcDateParser.Format(local), i == 0 ? "New \"hot\" lead" : "Follow-up",
                author.Address, "A lead for the \"hot\" list.\r\n");
        }

        draft.Mark(Descriptor, PersonalDataKind.Board, board);
    }
}
