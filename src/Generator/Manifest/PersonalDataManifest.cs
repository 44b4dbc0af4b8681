using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Manifest;

/*
 * The ground truth of bulletin boards, mailing lists and address books: records written after every
 * mailbox record (docs/formats/manifest.md, "Personal data records"), from the generator's model, never
 * from the bytes. A blank address book entry is counted, not listed: no contact may be made from it.
 */

/// <summary>Writes the <c>bulletinBoard</c>, <c>bulletinMessage</c>, <c>mailingList</c> and <c>addressBook</c> records of the manifest.</summary>
public static class PersonalDataManifest
{
    /// <summary>Writes every record of <paramref name="draft"/>; faults are located in the DB8 file when <paramref name="offsets"/> is given.</summary>
    public static void Write(ManifestWriter manifest, PersonalDataDraft draft, Db8PersonalDataOffsets? offsets)
    {
        var data = draft.Data;
        for (var b = 0; b < data.BulletinBoards.Count; b++)
        {
            WriteBoard(manifest, draft, offsets, b);
        }

        for (var l = 0; l < data.MailingLists.Count; l++)
        {
            var list = data.MailingLists[l];
            var json = manifest.Json;
            json.WriteStartObject();
            json.WriteString("record", "mailingList");
            json.WriteString("mailbox", list.Owner);
            json.WriteString("name", list.Name);
            manifest.WriteAddresses("members", list.Members);
            manifest.WriteFaults(Faults(draft, offsets, PersonalDataKind.MailingList, l, null));
            json.WriteEndObject();
            manifest.EndLine();
        }

        for (var a = 0; a < data.AddressBooks.Count; a++)
        {
            WriteBook(manifest, draft, offsets, a);
        }
    }

    private static void WriteBoard(ManifestWriter manifest, PersonalDataDraft draft, Db8PersonalDataOffsets? offsets, int b)
    {
        var board = draft.Data.BulletinBoards[b];
        var json = manifest.Json;
        json.WriteStartObject();
        json.WriteString("record", "bulletinBoard");
        json.WriteString("name", board.Name);
        json.WriteNumber("messages", board.Messages.Count);
        manifest.WriteFaults(Faults(draft, offsets, PersonalDataKind.Board, b, null));
        json.WriteEndObject();
        manifest.EndLine();
        for (var m = 0; m < board.Messages.Count; m++)
        {
            var message = board.Messages[m];
            json.WriteStartObject();
            json.WriteString("record", "bulletinMessage");
            json.WriteString("board", board.Name);
            json.WriteNumber("index", m + 1);
            manifest.WriteAddress("from", message.From);
            json.WriteString("subject", message.Subject);
            manifest.WriteDates(message.Date, withLocal: true);
            json.WriteString("body", ManifestWriter.Body(message));
            manifest.WriteFaults(Faults(draft, offsets, PersonalDataKind.BoardMessage, b, m));
            json.WriteEndObject();
            manifest.EndLine();
        }
    }

    private static void WriteBook(ManifestWriter manifest, PersonalDataDraft draft, Db8PersonalDataOffsets? offsets, int a)
    {
        var book = draft.Data.AddressBooks[a];
        var json = manifest.Json;
        json.WriteStartObject();
        json.WriteString("record", "addressBook");
        json.WriteString("mailbox", book.Owner);
        json.WriteStartArray("contacts");
        foreach (var entry in book.Entries.Where(e => !e.IsBlank))
        {
            json.WriteStartObject();
            json.WriteString("name", entry.Name.Trim().Length > 0 ? entry.Name : entry.Address?.DisplayName ?? entry.Address?.Address ?? "");
            manifest.WriteAddress("address", entry.Address);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("blank", book.Entries.Count(e => e.IsBlank));
        manifest.WriteFaults(Faults(draft, offsets, PersonalDataKind.AddressBook, a, null));
        json.WriteEndObject();
        manifest.EndLine();
    }

    private static List<AppliedFault> Faults(PersonalDataDraft draft, Db8PersonalDataOffsets? offsets, PersonalDataKind kind, int number, int? index) =>
        draft.Marks.Where(m => m.Kind == kind && m.Number == number && (index is null || m.Index == index))
            .Select(m => new AppliedFault(m.Fault, m.Detail, offsets is null ? null : Db8Output.Relative(Db8PersonalDataLayout.File), offsets is null ? null : Offset(offsets, m)))
            .ToList();

    private static long Offset(Db8PersonalDataOffsets offsets, PersonalDataMark mark) => mark.Kind switch
    {
        PersonalDataKind.Board => offsets.Boards[mark.Number],
        PersonalDataKind.BoardMessage => offsets.BoardMessages[mark.Number][mark.Index],
        PersonalDataKind.MailingList => offsets.MailingLists[mark.Number],
        _ => offsets.AddressBooks[mark.Number],
    };
}
