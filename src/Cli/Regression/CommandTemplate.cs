/*
 * A migrator command template such as `tool --in {source} --out {out}` is split into arguments the
 * way a POSIX shell would split it (single quotes, double quotes, backslash escapes) and only then
 * are the placeholders replaced, so a path with spaces or quotes stays one argument and is never
 * re-interpreted by a shell. Problem() says, before any case runs, what makes a template unusable:
 * an unknown placeholder (a typo would reach the migrator literally), or no {source} or no output.
 */
using System.Text.RegularExpressions;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>A migrator command line with <c>{source}</c>, <c>{out}</c>, <c>{timezone}</c> and <c>{target}</c> placeholders.</summary>
public sealed partial class CommandTemplate
{
    /// <summary>Every placeholder a template may use, with what it stands for (shown in <c>run --help</c>).</summary>
    public static IReadOnlyList<(string Name, string Meaning)> Placeholders { get; } =
    [
        ("{source}", "the case's post office folder or export file (required)"),
        ("{out}", "the output folder to write (it does not exist yet)"),
        ("{timezone}", "the IANA time zone of the source's local times"),
        ("{target}", "the output format the case expects: eml, mbox or exchange55"),
        ("{imap}", "a mail server URL to migrate into, instead of {out}"),
    ];

    private readonly IReadOnlyList<string> _tokens;

    private CommandTemplate(string text, IReadOnlyList<string> tokens)
    {
        Text = text;
        _tokens = tokens;
    }

    /// <summary>The template as given.</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="ArgumentException"/> naming the column of an unclosed quote.</summary>
    public static CommandTemplate Parse(string text)
    {
        var tokens = CommandLineSplitter.Split(text);
        if (tokens.Count == 0)
        {
            throw new ArgumentException("the migrator command is empty", nameof(text));
        }

        return new CommandTemplate(text, tokens);
    }

    /// <summary>The program: the first argument.</summary>
    public string Program => _tokens[0];

    /// <summary>What makes the template unusable (an unknown placeholder, no {source}, neither {out} nor {imap}), or null.</summary>
    public string? Problem()
    {
        var used = _tokens.SelectMany(t => Placeholder().Matches(t)).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var known = Placeholders.Select(p => p.Name).ToList();
        var unknown = used.Where(u => !known.Contains(u, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            return $"uses the unknown placeholder {string.Join(", ", unknown)}; the placeholders are {string.Join(", ", known)}";
        }

        if (!used.Contains("{source}", StringComparer.Ordinal))
        {
            return "has no {source} placeholder, so the migrator would not be told what to migrate";
        }

        return used.Contains("{out}", StringComparer.Ordinal) || used.Contains("{imap}", StringComparer.Ordinal)
            ? null
            : "has neither an {out} nor an {imap} placeholder, so the migrator would not be told where to write";
    }

    /// <summary>Whether the template uses <c>{imap}</c>: each run then gets a fresh mail server to write into.</summary>
    public bool UsesImap => _tokens.Any(t => t.Contains("{imap}", StringComparison.Ordinal));

    /// <summary>The program and its arguments with <c>{source}</c>, <c>{out}</c>, <c>{timezone}</c> (an IANA id), <c>{target}</c> (eml, mbox, exchange55) and <c>{imap}</c> (a server URL) replaced.</summary>
    public IReadOnlyList<string> Expand(string source, string output, string timeZone = "UTC", string target = "eml", string imap = "") =>
        _tokens.Select(t => t.Replace("{source}", source, StringComparison.Ordinal)
            .Replace("{out}", output, StringComparison.Ordinal)
            .Replace("{timezone}", timeZone, StringComparison.Ordinal)
            .Replace("{target}", target, StringComparison.Ordinal)
            .Replace("{imap}", imap, StringComparison.Ordinal)).ToList();

    [GeneratedRegex(@"\{[A-Za-z_][A-Za-z0-9_-]*\}")]
    private static partial Regex Placeholder();
}
