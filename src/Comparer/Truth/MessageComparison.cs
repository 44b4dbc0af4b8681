using System.Globalization;
using System.Text;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;

namespace MailMig.Fidelity.Comparer.Truth;

/*
 * Compares one migrated message with its manifest record, field by field, and collects the
 * differences. Lists are compared as multisets (order is not fidelity), then leftovers on both
 * sides are paired into "changed" entries where they clearly are the same item (same address or
 * same display name; same attachment name), so a changed address type reads as one difference.
 * Values are kept twice (DifferenceValue): in full, and redacted for customer-data reports.
 * Aspects the message's output format cannot carry (MigratedMessage.NotCarried: the local clock
 * time of the date, attachment dates, the return-receipt request) are not compared at all, in the
 * message and in its forwarded messages; everything else of those fields still is.
 */

/// <summary>The field-by-field comparison of one migrated message with its manifest record.</summary>
internal sealed class MessageComparison
{
    private const int MaxShownText = 2000;
    private readonly ManifestMessage _expected;
    private readonly MigratedMessage _actual;
    private readonly List<TruthDifference> _differences = [];

    private MessageComparison(ManifestMessage expected, MigratedMessage actual)
    {
        _expected = expected;
        _actual = actual;
    }

    /// <summary>Compares <paramref name="actual"/> with <paramref name="expected"/>; <paramref name="reportedRepairs"/> are used when the message carries no <c>X-MailMig-Repairs</c>.</summary>
    public static IReadOnlyList<TruthDifference> Compare(ManifestMessage expected, MigratedMessage actual, IReadOnlyList<string>? reportedRepairs)
    {
        var comparison = new MessageComparison(expected, actual);
        comparison.CompareAll(reportedRepairs);
        return comparison._differences;
    }

    private void CompareAll(IReadOnlyList<string>? reportedRepairs)
    {
        // Missing contract headers show as the fields they carry (folder, read…); only unreadable content is "malformed".
        if (_actual.Problems.Count > 0)
        {
            Add(TruthField.Malformed, null, "(well-formed)", string.Join("; ", _actual.Problems));
        }

        CompareContent(_expected.Content, _actual, "");
        CompareFolder();
        if (_actual.Read != _expected.Read)
        {
            Add(TruthField.Read, null, YesNo(_expected.Read), _actual.Read is { } r ? YesNo(r) : ProjectionWriter.None);
        }

        var priority = _actual.Priority.ToString().ToLowerInvariant();
        if (priority != _expected.Priority)
        {
            Add(TruthField.Priority, _actual.PriorityRaw, _expected.Priority, priority);
        }

        if (Carries(CarriedAspect.Receipt))
        {
            CompareAddresses(TruthField.Receipt, "Disposition-Notification-To", _expected.ReceiptTo is { } receipt ? [receipt] : [], _actual.ReceiptTo);
        }

        var expectedRepairs = _expected.Outcome == ExpectedOutcome.Repaired ? _expected.Repairs : [];
        var actualRepairs = _actual.Repairs.Count > 0 ? _actual.Repairs : reportedRepairs ?? [];
        if (expectedRepairs.Count == 0 && actualRepairs.Count == 0)
        {
            return;
        }

        var expectedSet = string.Join(", ", expectedRepairs.Order(StringComparer.Ordinal));
        var actualSet = string.Join(", ", actualRepairs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (expectedSet != actualSet)
        {
            Add(TruthField.Repairs, null, expectedSet.Length == 0 ? ProjectionWriter.None : expectedSet, actualSet.Length == 0 ? ProjectionWriter.None : actualSet);
        }
    }

    private void CompareContent(ManifestContent expected, MigratedMessage actual, string prefix)
    {
        CompareAddresses(TruthField.Sender, prefix + "from", expected.From is { } from ? [from] : [], actual.From);
        CompareAddresses(TruthField.Recipients, prefix + "to", expected.To, actual.To);
        CompareAddresses(TruthField.Recipients, prefix + "cc", expected.Cc, actual.Cc);
        CompareAddresses(TruthField.Recipients, prefix + "bcc", expected.Bcc, actual.Bcc);
        if (!string.Equals(expected.Subject, actual.Subject ?? "", StringComparison.Ordinal))
        {
            Add(TruthField.Subject, Detail(prefix, null), ProjectionWriter.Quote(expected.Subject), actual.Subject is null ? ProjectionWriter.None : ProjectionWriter.Quote(actual.Subject));
        }

        CompareDate(expected, actual, prefix);
        CompareBody(expected.Body, actual.Body, prefix);
        CompareAttachments(expected.Attachments, actual, prefix);
        var shared = Math.Min(expected.Forwarded.Count, actual.Forwarded.Count);
        for (var i = 0; i < shared; i++)
        {
            CompareContent(expected.Forwarded[i], actual.Forwarded[i], prefix + "forwarded[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "].");
        }

        for (var i = shared; i < expected.Forwarded.Count; i++)
        {
            Add(TruthField.Forwarded, Detail(prefix, Nth(i)), ProjectionWriter.Quote(expected.Forwarded[i].Subject), "(missing)");
        }

        for (var i = shared; i < actual.Forwarded.Count; i++)
        {
            Add(TruthField.Forwarded, Detail(prefix, Nth(i)), ProjectionWriter.None, ProjectionWriter.Quote(actual.Forwarded[i].Subject ?? ""));
        }
    }

    private void CompareFolder()
    {
        if (_actual.Folder != _expected.Folder)
        {
            Add(TruthField.Folder, "X-MailMig-Folder", ProjectionWriter.Quote(_expected.Folder), _actual.Folder is null ? ProjectionWriter.None : ProjectionWriter.Quote(_actual.Folder));
        }

        if (_actual.Location is { } location)
        {
            // A path that says the same as the header (or an Exchange 5.5 row, whose folder is its own) is one difference, not two.
            if (!Output.PathSegments.SameFolder(location.Folder, _expected.Folder) && location.Folder != _actual.Folder)
            {
                Add(TruthField.Folder, "path " + location, ProjectionWriter.Quote(_expected.Folder), ProjectionWriter.Quote(location.Folder));
            }

            if (location.Mailbox is not null && !Output.PathSegments.SameName(location.Mailbox, _expected.Mailbox))
            {
                Add(TruthField.Folder, "mailbox path " + location, ProjectionWriter.Quote(_expected.Mailbox), ProjectionWriter.Quote(location.Mailbox));
            }
        }
    }

    private void CompareDate(ManifestContent expected, MigratedMessage actual, string prefix)
    {
        if (expected.Date is not { } date)
        {
            return;
        }

        if (actual.Date is not { } actualDate)
        {
            Add(TruthField.Date, Detail(prefix, null), Utc(date), actual.DateRaw is null ? ProjectionWriter.None : "(unreadable) " + ProjectionWriter.Quote(actual.DateRaw));
            return;
        }

        if (actualDate.UtcDateTime != date.UtcDateTime)
        {
            Add(TruthField.Date, Detail(prefix, "utc"), Utc(date), Utc(actualDate));
            return;
        }

        if (Carries(CarriedAspect.DateLocalTime) && expected.DateLocal is { } local && DateTime.TryParse(local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var localTime)
            && localTime != actualDate.DateTime)
        {
            var written = actualDate.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            Add(TruthField.Date, Detail(prefix, "local time"), local, written);
        }
    }

    private bool Carries(string aspect) => !_actual.NotCarried.Contains(aspect);

    private static string Utc(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private void CompareBody(string expected, string? actual, string prefix)
    {
        var e = NormaliseBody(expected);
        var a = NormaliseBody(actual ?? "");
        if (string.Equals(e, a, StringComparison.Ordinal))
        {
            return;
        }

        var detail = Detail(prefix, FirstDifference(e, a));
        _differences.Add(Difference(TruthField.Body, detail, TextValue(e), TextValue(a)));
    }

    private void CompareAttachments(IReadOnlyList<ManifestAttachment> expected, MigratedMessage actual, string prefix)
    {
        if (expected.Count == 0 && actual.Attachments.Count == 0 && actual.TextParts.Count == 0)
        {
            return;
        }

        var remaining = actual.Attachments
            .Select(a => (Name: a.Name ?? "(no name)", a.Size, a.Sha256, Date: a.Modified))
            .Concat(actual.TextParts.Select(t =>
            {
                var bytes = Encoding.UTF8.GetBytes(t.HashedText);
                return (Name: t.ManifestName, Size: (long)bytes.Length, Sha256: Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), Date: (string?)null);
            }))
            .ToList();
        foreach (var item in expected)
        {
            var match = remaining.FindIndex(a => a.Name == item.Name);
            if (match < 0)
            {
                _differences.Add(Difference(TruthField.Attachments, Detail(prefix, item.Name), Attachment(item.Name, item.Size, item.Sha256, item.Date), DifferenceValue.Plain("(missing)")));
                continue;
            }

            var found = remaining[match];
            remaining.RemoveAt(match);
            if (found.Size != item.Size || !string.Equals(found.Sha256, item.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                _differences.Add(Difference(TruthField.Attachments, Detail(prefix, item.Name), Attachment(item.Name, item.Size, item.Sha256, item.Date), Attachment(found.Name, found.Size, found.Sha256, found.Date)));
            }
            else if (item.Date is not null && Carries(CarriedAspect.AttachmentDates) && !SameClock(item.Date, found.Date))
            {
                Add(TruthField.Attachments, Detail(prefix, item.Name + " date"), item.Date, found.Date ?? ProjectionWriter.None);
            }
        }

        foreach (var extra in remaining)
        {
            _differences.Add(Difference(TruthField.Attachments, Detail(prefix, extra.Name), DifferenceValue.Plain(ProjectionWriter.None), Attachment(extra.Name, extra.Size, extra.Sha256, extra.Date)));
        }
    }

    private void CompareAddresses(string field, string detail, IReadOnlyList<ManifestAddress> expected, IReadOnlyList<ProjectedAddress> actual)
    {
        if (expected.Count == 0 && actual.Count == 0)
        {
            return;
        }

        var unexpected = actual.ToList();
        var missing = new List<ManifestAddress>();
        foreach (var address in expected)
        {
            var match = unexpected.FindIndex(a => Same(address, a));
            if (match < 0)
            {
                missing.Add(address);
            }
            else
            {
                unexpected.RemoveAt(match);
            }
        }

        foreach (var address in missing)
        {
            var changed = missing.Count == 1 && unexpected.Count == 1
                ? 0
                : unexpected.FindIndex(a => SameAddress(address, a) || (address.DisplayName is not null && address.DisplayName == a.DisplayName));
            if (changed < 0)
            {
                Add(field, detail, Format(address), "(missing)");
                continue;
            }

            Add(field, detail, Format(address), Format(unexpected[changed]));
            unexpected.RemoveAt(changed);
        }

        foreach (var address in unexpected)
        {
            Add(field, detail, ProjectionWriter.None, Format(address));
        }
    }

    private static bool Same(ManifestAddress expected, ProjectedAddress actual) =>
        string.Equals(expected.DisplayName ?? "", actual.DisplayName ?? "", StringComparison.Ordinal) && SameAddress(expected, actual);

    private static bool SameAddress(ManifestAddress expected, ProjectedAddress actual)
    {
        if (!string.Equals(expected.Type, actual.Type, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!expected.Type.Equals("SMTP", StringComparison.OrdinalIgnoreCase))
        {
            return string.Equals(expected.Address, actual.Address, StringComparison.Ordinal);
        }

        var e = expected.Address.LastIndexOf('@');
        var a = actual.Address.LastIndexOf('@');
        return e == a && e >= 0
            ? string.Equals(expected.Address[..e], actual.Address[..a], StringComparison.Ordinal)
              && string.Equals(expected.Address[(e + 1)..], actual.Address[(a + 1)..], StringComparison.OrdinalIgnoreCase)
            : string.Equals(expected.Address, actual.Address, StringComparison.Ordinal);
    }

    private static string Format(ManifestAddress a) => FormatAddress(a.DisplayName, a.Type, a.Address);

    private static string Format(ProjectedAddress a) => FormatAddress(a.DisplayName, a.Type, a.Address);

    private static string FormatAddress(string? name, string type, string address) =>
        (name is null ? "" : ProjectionWriter.Quote(name) + " ") + "<" + type + ":" + address + ">";

    private static DifferenceValue Attachment(string name, long size, string sha256, string? date)
    {
        var shown = ProjectionWriter.Quote(name) + " (" + size.ToString(CultureInfo.InvariantCulture) + " bytes";
        return new DifferenceValue(shown + ", sha256 " + sha256 + (date is null ? "" : ", date " + date) + ")", shown + ")");
    }

    private static DifferenceValue TextValue(string text)
    {
        var shown = text.Length <= MaxShownText
            ? ProjectionWriter.Quote(text)
            : ProjectionWriter.Quote(text[..MaxShownText]) + string.Create(CultureInfo.InvariantCulture, $" … ({text.Length - MaxShownText} more characters)");
        return new DifferenceValue(shown, string.Create(CultureInfo.InvariantCulture, $"[redacted: {text.Length} characters]"));
    }

    private static bool SameClock(string expected, string? actual) =>
        actual is not null
        && DateTime.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.None, out var e)
        && DateTime.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
        && e == a;

    /// <summary>CR LF to LF, trailing line breaks removed (the manifest's body rule).</summary>
    internal static string NormaliseBody(string body) => MimeMessageReader.NormaliseLineEnds(body).TrimEnd('\n', '\r');

    private static string FirstDifference(string expected, string actual)
    {
        var i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        var line = 1;
        var column = 1;
        for (var j = 0; j < i; j++)
        {
            if (expected[j] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"first difference at line {line}, column {column}");
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Nth(int i) => "forwarded[" + (i + 1).ToString(CultureInfo.InvariantCulture) + "]";

    private static string? Detail(string prefix, string? detail) =>
        prefix.Length == 0 ? detail : detail is null ? prefix.TrimEnd('.') : prefix + detail;

    private void Add(string field, string? detail, string expected, string actual) =>
        _differences.Add(Difference(field, detail, DifferenceValue.Plain(expected), DifferenceValue.Plain(actual)));

    private TruthDifference Difference(string field, string? detail, DifferenceValue expected, DifferenceValue actual) =>
        new(_expected.Mailbox, _expected.Index, _actual.Location?.ToString(), field, detail, expected, actual);
}
