using System.Globalization;

namespace MailMig.Fidelity.CcMail.Export;

/*
 * Owner:, Name: and Contents: mean the same in a mailing list and an address book block: the first
 * Owner: or Name: counts and a repeat is reported, Contents: is a cross-check only, and a missing
 * owner falls back to the file's mailbox, because an export file is one mailbox's.
 */

/// <summary>The Owner:, Name: and Contents: lines a list or book block shares, and how many lines it had.</summary>
internal sealed class PersonalBlockLines(DiagnosticSink diagnostics)
{
    private readonly Dictionary<string, string> _single = new(StringComparer.OrdinalIgnoreCase);
    private int _declared = -1;

    public int Count { get; set; }

    public string? Single(string keyword) => _single.GetValueOrDefault(keyword);

    public bool TryCommon(string keyword, string value, long offset)
    {
        if (keyword.Equals(ExportKeywords.Contents, StringComparison.OrdinalIgnoreCase))
        {
            var count = value.Trim(' ');
            _declared = count.Length is > 0 and <= 9 && count.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? int.Parse(count, CultureInfo.InvariantCulture) : -1;
            if (_declared < 0)
            {
                diagnostics.Warn(ExportDiagnosticCodes.ContentsInvalid, $"The Contents: count '{MessageHeaderBuilder.Excerpt(value)}' is not a number; the lines present are read.", offset);
            }

            return true;
        }

        return TrySingle(keyword, ExportKeywords.Owner, value, offset);
    }

    public bool TrySingle(string keyword, string known, string value, long offset)
    {
        if (!keyword.Equals(known, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!_single.TryAdd(known, value))
        {
            diagnostics.Warn(ExportDiagnosticCodes.DuplicateHeader, $"A second {known}: line is ignored.", offset);
        }

        return true;
    }

    public string OwnerOr(string defaultOwner, string block, long start)
    {
        if (Single(ExportKeywords.Owner) is { } owner)
        {
            return owner;
        }

        diagnostics.Warn(ExportDiagnosticCodes.OwnerMissing, $"The {block} has no Owner: line; it belongs to the file's mailbox '{MessageHeaderBuilder.Excerpt(defaultOwner)}'.", start);
        return defaultOwner;
    }

    public void CheckCount(int present, string what, long start)
    {
        if (_declared >= 0 && _declared != present)
        {
            diagnostics.Warn(ExportDiagnosticCodes.ContentsCount, $"Contents: says {_declared} {what} but {present} are present; the {what} present are read.", start);
        }
    }
}
