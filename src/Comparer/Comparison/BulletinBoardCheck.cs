using System.Globalization;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Truth;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Comparison;

/*
 * Bulletin boards against the manifest: each board is a folder under %public whose decoded segment is
 * its name, each message <index>.eml in it. A message must carry its own date (KB Q193735: the
 * migration date instead is a date difference), subject, sender, body and board header; a missing
 * board or message and any file the manifest does not list are differences too.
 */

/// <summary>Checks the public-folder output of bulletin boards against <see cref="PersonalDataTruth"/>.</summary>
internal static class BulletinBoardCheck
{
    /// <summary>Every difference between the boards under <paramref name="actualRoot"/> and <paramref name="truth"/>.</summary>
    public static List<TruthDifference> Run(string actualRoot, PersonalDataTruth truth)
    {
        var differences = new List<TruthDifference>();
        var root = Path.Combine(actualRoot, PersonalDataNames.PublicSegment);
        var folders = Directory.Exists(root) ? new DirectoryInfo(root).GetDirectories().Select(d => d.Name).ToList() : [];
        foreach (var board in truth.Boards)
        {
            var segment = folders.FirstOrDefault(f => PathSegments.SameName(PathSegments.Decode(f), board));
            if (segment is not null)
            {
                folders.Remove(segment);
            }

            var expected = truth.BoardMessages.Where(m => m.Board == board).ToList();
            differences.AddRange(CheckBoard(root, segment, board, expected));
        }

        foreach (var folder in folders)
        {
            differences.Add(new TruthDifference(PersonalDataNames.BoardKey(PathSegments.Decode(folder)), null, PersonalDataNames.PublicSegment + "/" + folder,
                TruthField.Message, "bulletin board", DifferenceValue.Plain(ProjectionWriter.None), DifferenceValue.Plain("a board the manifest does not list")));
        }

        return differences;
    }

    private static IEnumerable<TruthDifference> CheckBoard(string root, string? segment, string board, List<ExpectedBoardMessage> expected)
    {
        var key = PersonalDataNames.BoardKey(board);
        var files = segment is null ? [] : Directory.GetFiles(Path.Combine(root, segment), "*.eml").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var message in expected)
        {
            var name = message.Index.ToString("D6", CultureInfo.InvariantCulture) + ".eml";
            var relative = segment is null ? null : PersonalDataNames.PublicSegment + "/" + segment + "/" + name;
            if (segment is null || !files.Remove(name))
            {
                yield return new TruthDifference(key, message.Index, null, TruthField.Message, "bulletin board",
                    DifferenceValue.Plain("migrated to " + ProjectionWriter.Quote(PersonalDataNames.PublicSegment + "/" + board)), DifferenceValue.Plain("(missing)"));
                continue;
            }

            foreach (var difference in CheckMessage(root, segment + "/" + name, relative!, key, board, message))
            {
                yield return difference;
            }
        }

        foreach (var extra in files.Order(StringComparer.Ordinal))
        {
            yield return new TruthDifference(key, null, PersonalDataNames.PublicSegment + "/" + segment + "/" + extra, TruthField.Message, "bulletin board",
                DifferenceValue.Plain(ProjectionWriter.None), DifferenceValue.Plain("a message the manifest does not list"));
        }
    }

    // Bodies are customer data: the redacted report shows only their length.
    private static DifferenceValue Value(string field, string text) => field == TruthField.Body
        ? new DifferenceValue(text, string.Create(CultureInfo.InvariantCulture, $"[redacted: {text.Length} characters]"))
        : DifferenceValue.Plain(text);

    private static IEnumerable<TruthDifference> CheckMessage(string publicRoot, string file, string relative, string key, string board, ExpectedBoardMessage expected)
    {
        // Read as every output file is: a link, a FIFO or an unreadable file is named, never opened.
        if (OutputFiles.TryReadAll(publicRoot, file, out var unreadable) is not { } bytes)
        {
            return [new TruthDifference(key, expected.Index, relative, TruthField.Malformed, "bulletin board", DifferenceValue.Plain("a MIME message"), DifferenceValue.Plain(unreadable!))];
        }

        MimeMessage mime;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            mime = MimeMessage.Load(stream);
        }
        catch (FormatException e)
        {
            return [new TruthDifference(key, expected.Index, relative, TruthField.Malformed, "bulletin board", DifferenceValue.Plain("a MIME message"), DifferenceValue.Plain(e.Message))];
        }

        using (mime)
        {
            var differences = new List<TruthDifference>();
            void Differ(string field, string? detail, string want, string got)
            {
                if (want != got)
                {
                    differences.Add(new TruthDifference(key, expected.Index, relative, field, detail, Value(field, want), Value(field, got)));
                }
            }

            var date = mime.Headers.Contains(HeaderId.Date) ? mime.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "(none)";
            Differ(TruthField.Date, "bulletin board", expected.DateUtc?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "(none)", date);
            Differ(TruthField.Subject, null, expected.Subject, mime.Subject ?? "");
            Differ(TruthField.Folder, PersonalDataNames.BoardHeader, board, mime.Headers[PersonalDataNames.BoardHeader] ?? "(none)");
            Differ(TruthField.Sender, null, AddressText.Of(expected.From), AddressText.Of(mime.From.Mailboxes.FirstOrDefault()));
            Differ(TruthField.Body, null, expected.Body, (mime.TextBody ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n'));
            return differences;
        }
    }
}
