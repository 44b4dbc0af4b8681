using System.Globalization;
using System.Text;

namespace MailMig.Fidelity.Comparer.Snapshots;

/*
 * Unified diffs for snapshot failures and reports. The line diff is LineDiff (hashed lines, bounded
 * work), and the text is bounded too: after MaxChangedLines removed or inserted lines the diff ends
 * with "… and N more changed lines", so a changed 50 MB body gives a diff of a few kilobytes.
 */

/// <summary>Makes a unified diff (<c>---</c>/<c>+++</c>/<c>@@</c> hunks with context) of two texts, with bounded work and output.</summary>
public static class UnifiedDiff
{
    /// <summary>The most removed plus inserted lines a diff shows; the rest are counted.</summary>
    public const int MaxChangedLines = 500;

    /// <summary>Returns the unified diff from <paramref name="expected"/> to <paramref name="actual"/>, or an empty string when they are equal.</summary>
    public static string Create(string expected, string actual, string expectedLabel = "verified", string actualLabel = "received", int context = 3)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return "";
        }

        var a = expected.Length == 0 ? [] : LineDiff.Lines(expected);
        var b = actual.Length == 0 ? [] : LineDiff.Lines(actual);
        var blocks = LineDiff.Compute(a, b);
        var text = new StringBuilder().Append("--- ").Append(expectedLabel).Append('\n').Append("+++ ").Append(actualLabel).Append('\n');
        var shown = 0;
        var total = blocks.Sum(block => (long)block.DeleteCount + block.InsertCount);
        foreach (var hunk in Group(blocks, context))
        {
            if (shown >= MaxChangedLines)
            {
                break;
            }

            shown += AppendHunk(text, hunk, a, b, context, MaxChangedLines - shown);
        }

        if (total > shown)
        {
            text.Append(CultureInfo.InvariantCulture, $"… and {total - shown} more changed lines\n");
        }

        return text.ToString(0, text.Length - 1);
    }

    /// <summary>Appends one hunk, showing at most <paramref name="budget"/> changed lines; returns how many it showed.</summary>
    private static int AppendHunk(StringBuilder text, List<LineBlock> hunk, string[] a, string[] b, int context, int budget)
    {
        var first = hunk[0];
        var last = hunk[^1];
        var startA = Math.Max(0, first.DeleteStart - context);
        var endA = Math.Min(a.Length, last.DeleteStart + last.DeleteCount + context);
        var startB = first.InsertStart - (first.DeleteStart - startA);
        var endB = Math.Min(b.Length, last.InsertStart + last.InsertCount + (endA - (last.DeleteStart + last.DeleteCount)));
        text.Append(CultureInfo.InvariantCulture, $"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");
        var shown = 0;
        var lineA = startA;
        foreach (var block in hunk)
        {
            for (; lineA < block.DeleteStart; lineA++)
            {
                text.Append(' ').Append(a[lineA]).Append('\n');
            }

            for (var i = 0; i < block.DeleteCount && shown < budget; i++, shown++)
            {
                text.Append('-').Append(a[block.DeleteStart + i]).Append('\n');
            }

            for (var i = 0; i < block.InsertCount && shown < budget; i++, shown++)
            {
                text.Append('+').Append(b[block.InsertStart + i]).Append('\n');
            }

            if (shown >= budget)
            {
                return shown;
            }

            lineA = block.DeleteStart + block.DeleteCount;
        }

        for (; lineA < endA; lineA++)
        {
            text.Append(' ').Append(a[lineA]).Append('\n');
        }

        return shown;
    }

    private static string Range(int start, int count) =>
        count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{start},0")
            : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    private static List<List<LineBlock>> Group(IReadOnlyList<LineBlock> blocks, int context)
    {
        var hunks = new List<List<LineBlock>>();
        foreach (var block in blocks)
        {
            if (hunks.Count > 0)
            {
                var previous = hunks[^1][^1];
                if (block.DeleteStart - (previous.DeleteStart + previous.DeleteCount) <= 2 * context)
                {
                    hunks[^1].Add(block);
                    continue;
                }
            }

            hunks.Add([block]);
        }

        return hunks;
    }
}
