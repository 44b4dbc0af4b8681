namespace MailMig.Fidelity.Comparer.Snapshots;

/*
 * A line diff whose cost stays near-linear on any input (a changed 50 MB body included). Lines are
 * hashed once and compared by hash first; the common prefix and suffix are cut in linear time; the
 * middle is diffed with Myers' greedy algorithm, but only up to MaxEditDistance edits and MaxWork
 * line comparisons. Past either cap the middle is compared line by line when both sides have as
 * many lines (each run of differing lines one block), else reported as one block (all old lines
 * removed, all new inserted): still a correct diff, just not a minimal one, and the verdict never
 * depends on it (the texts are compared for equality before any diff is made).
 */

/// <summary>Computes the changed line blocks between two texts with bounded work.</summary>
public static class LineDiff
{
    /// <summary>The most edits (removed plus inserted lines) searched for a minimal diff of the middle.</summary>
    public const int MaxEditDistance = 1000;

    /// <summary>The most line comparisons the search may make before it gives up on minimality.</summary>
    public const long MaxWork = 20_000_000;

    /// <summary>Splits <paramref name="text"/> into lines on LF (a CR before it is kept in the line).</summary>
    public static string[] Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n');
    }

    /// <summary>The blocks that turn <paramref name="a"/> into <paramref name="b"/>, in order.</summary>
    public static IReadOnlyList<LineBlock> Compute(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ha = Hashes(a);
        var hb = Hashes(b);
        bool Same(int i, int j) => ha[i] == hb[j] && string.Equals(a[i], b[j], StringComparison.Ordinal);
        var start = 0;
        while (start < a.Count && start < b.Count && Same(start, start))
        {
            start++;
        }

        var endA = a.Count;
        var endB = b.Count;
        while (endA > start && endB > start && Same(endA - 1, endB - 1))
        {
            endA--;
            endB--;
        }

        if (start == endA && start == endB)
        {
            return [];
        }

        var path = Myers(start, endA, start, endB, Same);
        if (path is not null)
        {
            return path;
        }

        return endA - start == endB - start ? Positional(start, endA, Same) : [new LineBlock(start, endA - start, start, endB - start)];
    }

    /// <summary>The fallback for middles of equal length: line i against line i, each run of differing lines one block.</summary>
    private static List<LineBlock> Positional(int start, int end, Func<int, int, bool> same)
    {
        var blocks = new List<LineBlock>();
        for (var i = start; i < end; i++)
        {
            if (same(i, i))
            {
                continue;
            }

            var run = i;
            while (i < end && !same(i, i))
            {
                i++;
            }

            blocks.Add(new LineBlock(run, i - run, run, i - run));
        }

        return blocks;
    }

    private static int[] Hashes(IReadOnlyList<string> lines)
    {
        var hashes = new int[lines.Count];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = string.GetHashCode(lines[i], StringComparison.Ordinal);
        }

        return hashes;
    }

    /// <summary>Myers' greedy shortest edit script over a[x0..x1) and b[y0..y1), or null when a cap is reached.</summary>
    private static List<LineBlock>? Myers(int x0, int x1, int y0, int y1, Func<int, int, bool> same)
    {
        int n = x1 - x0, m = y1 - y0;
        var max = Math.Min(n + m, MaxEditDistance);
        var offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        long work = 0;
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && same(x0 + x, y0 + y))
                {
                    x++;
                    y++;
                    if (++work > MaxWork)
                    {
                        return null;
                    }
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, offset, n, m, x0, y0);
                }
            }
        }

        return null;
    }

    private static List<LineBlock> Backtrack(List<int[]> trace, int offset, int n, int m, int x0, int y0)
    {
        // Walk back from (n, m), collecting single-line edits, then merge adjacent ones into blocks.
        var edits = new List<(int X, int Y, bool Delete)>();
        int x = n, y = m;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
            var previousK = down ? k + 1 : k - 1;
            var previousX = v[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
            }

            edits.Add(down ? (previousX, previousY, false) : (previousX, previousY, true));
            (x, y) = (previousX, previousY);
        }

        edits.Reverse();
        var blocks = new List<LineBlock>();
        foreach (var (ex, ey, delete) in edits)
        {
            var last = blocks.Count > 0 ? blocks[^1] : null;
            if (last is not null && last.DeleteStart + last.DeleteCount == x0 + ex && last.InsertStart + last.InsertCount == y0 + ey)
            {
                blocks[^1] = delete ? last with { DeleteCount = last.DeleteCount + 1 } : last with { InsertCount = last.InsertCount + 1 };
            }
            else
            {
                blocks.Add(delete ? new LineBlock(x0 + ex, 1, y0 + ey, 0) : new LineBlock(x0 + ex, 0, y0 + ey, 1));
            }
        }

        return blocks;
    }
}
