using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace MailMig.Fidelity.Comparer.Snapshots;

/// <summary>Makes a unified diff (<c>---</c>/<c>+++</c>/<c>@@</c> hunks with context) of two texts with DiffPlex's line differ.</summary>
public static class UnifiedDiff
{
    /// <summary>Returns the unified diff from <paramref name="expected"/> to <paramref name="actual"/>, or an empty string when they are equal.</summary>
    public static string Create(string expected, string actual, string expectedLabel = "verified", string actualLabel = "received", int context = 3)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
            return "";
        var result = Differ.Instance.CreateLineDiffs(expected, actual, ignoreWhitespace: false, ignoreCase: false);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var text = new StringBuilder().Append("--- ").Append(expectedLabel).Append('\n').Append("+++ ").Append(actualLabel).Append('\n');
        foreach (var hunk in Group(result.DiffBlocks, context))
        {
            var first = hunk[0];
            var last = hunk[^1];
            var startA = Math.Max(0, first.DeleteStartA - context);
            var endA = Math.Min(a.Count, last.DeleteStartA + last.DeleteCountA + context);
            var startB = first.InsertStartB - (first.DeleteStartA - startA);
            var endB = Math.Min(b.Count, last.InsertStartB + last.InsertCountB + (endA - (last.DeleteStartA + last.DeleteCountA)));
            text.Append(CultureInfo.InvariantCulture, $"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");
            var lineA = startA;
            foreach (var block in hunk)
            {
                for (; lineA < block.DeleteStartA; lineA++)
                    text.Append(' ').Append(a[lineA]).Append('\n');
                for (var i = 0; i < block.DeleteCountA; i++)
                    text.Append('-').Append(a[block.DeleteStartA + i]).Append('\n');
                for (var i = 0; i < block.InsertCountB; i++)
                    text.Append('+').Append(b[block.InsertStartB + i]).Append('\n');
                lineA = block.DeleteStartA + block.DeleteCountA;
            }

            for (; lineA < endA; lineA++)
                text.Append(' ').Append(a[lineA]).Append('\n');
        }

        return text.ToString(0, text.Length - 1);
    }

    private static string Range(int start, int count) =>
        count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{start},0")
            : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    private static List<List<DiffBlock>> Group(IList<DiffBlock> blocks, int context)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            if (hunks.Count > 0)
            {
                var previous = hunks[^1][^1];
                if (block.DeleteStartA - (previous.DeleteStartA + previous.DeleteCountA) <= 2 * context)
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
