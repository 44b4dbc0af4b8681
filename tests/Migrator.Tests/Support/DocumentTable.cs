namespace MailMig.Fidelity.Migrator.Tests.Support;

/*
 * A rule an external migrator must follow is written down under docs/; the code is one reading of
 * it. Tests that read the documented table itself and hold the code to it keep the two from
 * drifting apart: changing either alone fails a test.
 */

/// <summary>Reads a Markdown table of a document under the repository's docs/ folder.</summary>
public static class DocumentTable
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds MailMig.Fidelity.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The body rows of the first table after the heading that starts with <paramref name="heading"/>, cells trimmed and without backticks.</summary>
    /// <param name="document">The document's path relative to the repository root, e.g. <c>docs/formats/output.md</c>.</param>
    /// <param name="heading">The start of the heading's text, without the leading <c>#</c>s.</param>
    public static IReadOnlyList<string[]> Rows(string document, string heading)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot, document));
        var at = Array.FindIndex(lines, l => l.StartsWith('#') && l.TrimStart('#').Trim().StartsWith(heading, StringComparison.Ordinal));
        if (at < 0)
        {
            throw new InvalidOperationException($"{document}: no heading starting '{heading}'");
        }

        while (++at < lines.Length && !lines[at].StartsWith('|'))
        {
            if (lines[at].StartsWith('#'))
            {
                throw new InvalidOperationException($"{document}: no table under the heading '{heading}'");
            }
        }

        var rows = new List<string[]>();
        for (var i = at + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            rows.Add(lines[i].Trim().Trim('|').Split('|').Select(cell => cell.Replace("`", "", StringComparison.Ordinal).Trim()).ToArray());
        }

        return rows;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MailMig.Fidelity.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MailMig.Fidelity.sln not found above " + AppContext.BaseDirectory);
    }
}
