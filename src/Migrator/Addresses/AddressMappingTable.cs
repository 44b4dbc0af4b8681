using System.Globalization;
using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.Migrator.Addresses;

/*
 * The cc:Mail SMTP link kept a table of "cc:Mail name<=>SMTP name" lines (e.g.
 * "John Valentine<=>jvalentine@smtpgate.abc.com"); a migration can reuse it to give native users their
 * Internet addresses. A key is either a full native address ("Smith, Grover at FERGUSON") or a name alone,
 * which then means a user of the home post office. Blank lines and lines starting with ';' or '#' are comments.
 */

/// <summary>A table mapping native cc:Mail names to SMTP addresses, in the SMTP link's <c>name&lt;=&gt;address</c> format.</summary>
public sealed class AddressMappingTable
{
    /// <summary>The separator between the cc:Mail name and the SMTP address.</summary>
    public const string Separator = "<=>";

    private readonly Dictionary<string, string> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>An empty table.</summary>
    public static AddressMappingTable Empty { get; } = new();

    /// <summary>The number of mappings.</summary>
    public int Count => _entries.Count;

    /// <summary>Lines that could not be used, with their line numbers as offsets.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Reads the table at <paramref name="path"/> (UTF-8).</summary>
    public static AddressMappingTable Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>Builds a table from <paramref name="lines"/>; <paramref name="file"/> names it in diagnostics.</summary>
    public static AddressMappingTable Parse(IEnumerable<string> lines, string? file = null)
    {
        var table = new AddressMappingTable();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] is ';' or '#')
            {
                continue;
            }

            var separator = text.IndexOf(Separator, StringComparison.Ordinal);
            var name = separator < 0 ? "" : text[..separator].Trim();
            var smtp = separator < 0 ? "" : text[(separator + Separator.Length)..].Trim();
            if (name.Length == 0 || !SmtpAddress.IsValid(smtp))
            {
                table._diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "mapping.bad-line",
                    string.Create(CultureInfo.InvariantCulture, $"line {number} is not 'cc:Mail name<=>SMTP address' with a valid SMTP address; ignored"), file, number));
                continue;
            }

            if (!table._entries.TryAdd(name, smtp))
            {
                table._diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "mapping.duplicate-name",
                    string.Create(CultureInfo.InvariantCulture, $"line {number} maps '{name}' again; the first mapping is kept"), file, number));
            }
        }

        return table;
    }

    /// <summary>The SMTP address for the native user <paramref name="name"/> at <paramref name="postOffice"/>, or null.</summary>
    /// <param name="name">The user's name, e.g. <c>Smith, Grover</c>.</param>
    /// <param name="postOffice">The user's post office, or null for a name alone.</param>
    /// <param name="homePostOffice">The post office a key without one refers to.</param>
    public string? Find(string name, string? postOffice, string? homePostOffice)
    {
        if (_entries.Count == 0)
        {
            return null;
        }

        if (postOffice is not null && _entries.TryGetValue($"{name} at {postOffice}", out var full))
        {
            return full;
        }

        var isHome = postOffice is null || (homePostOffice is not null && string.Equals(postOffice, homePostOffice, StringComparison.OrdinalIgnoreCase));
        return isHome && _entries.TryGetValue(name, out var local) ? local : null;
    }
}
