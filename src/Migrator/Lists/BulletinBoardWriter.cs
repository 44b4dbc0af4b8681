using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Migrator.Conversion;
using MailMig.Fidelity.Migrator.Migration;
using MailMig.Fidelity.Migrator.Output;
using MimeKit;

namespace MailMig.Fidelity.Migrator.Lists;

/*
 * Bulletin boards become public folders: <out>/%public/<board segment>/<index>.eml in every target (the
 * Exchange 5.5 Wizard had no public-folder file either). "%public" is reserved: an encoded segment has
 * '%' only before two hex digits, as the lone "%" or before "~", so no mailbox can be given it. A
 * board message is converted like a mailbox message (its own date, KB Q193735), with
 * X-MailMig-Bulletin-Board naming the board instead of X-MailMig-Mailbox.
 */

/// <summary>Writes bulletin boards as public-folder trees of .eml files.</summary>
public static class BulletinBoardWriter
{
    /// <summary>The reserved top-level segment public folders go under.</summary>
    public const string PublicSegment = "%public";

    /// <summary>Writes every board of <paramref name="boards"/> under <paramref name="outputDirectory"/> and reports each.</summary>
    public static List<BulletinBoardReport> Write(string outputDirectory, IReadOnlyList<BulletinBoard> boards, Func<string, int, ConversionContext> context, bool flush)
    {
        var segments = new SiblingSegments();
        var reports = new List<BulletinBoardReport>(boards.Count);
        foreach (var board in boards)
        {
            var segment = segments.AllocateNew(board.Name);
            var folder = Path.Combine(outputDirectory, PublicSegment, segment);
            Directory.CreateDirectory(folder);
            for (var i = 0; i < board.Messages.Count; i++)
            {
                var result = MessageConverter.Convert(board.Messages[i], context(board.Name, i + 1));
                using var mime = result.Message;
                mime.Headers.Remove("X-MailMig-Mailbox");
                mime.Headers.Add(new Header(System.Text.Encoding.UTF8, "X-MailMig-Bulletin-Board", board.Name));
                DurableFiles.WriteAtomic(Path.Combine(folder, EmlMailboxWriter.FileName(i + 1)), EmlMailboxWriter.Serialize(mime, EmlMailboxWriter.Format), flush);
            }

            reports.Add(new BulletinBoardReport(board.Name, PublicSegment + "/" + segment, board.Messages.Count, board.Messages.Count));
        }

        return reports;
    }
}
