/*
 * A migrator command template such as `tool --in {source} --out {out}` is split into arguments the
 * way a POSIX shell would split it (single quotes, double quotes, backslash escapes) and only then
 * are the placeholders replaced, so a path with spaces or quotes stays one argument and is never
 * re-interpreted by a shell.
 */
namespace MailMig.Fidelity.Cli.Regression;

/// <summary>A migrator command line with <c>{source}</c>, <c>{out}</c>, <c>{timezone}</c> and <c>{target}</c> placeholders.</summary>
public sealed class CommandTemplate
{
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
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        var inToken = false;
        char quote = '\0';
        var quoteStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '\\' && quote == '"' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
                {
                    current.Append(text[++i]);
                }
                else
                {
                    current.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    quoteStart = i;
                    inToken = true;
                    break;
                case '\\' when i + 1 < text.Length:
                    current.Append(text[++i]);
                    inToken = true;
                    break;
                case ' ' or '\t' or '\n' or '\r':
                    if (inToken)
                    {
                        tokens.Add(current.ToString());
                        current.Clear();
                        inToken = false;
                    }

                    break;
                default:
                    current.Append(c);
                    inToken = true;
                    break;
            }
        }

        if (quote != '\0')
        {
            throw new ArgumentException($"the migrator command has an unclosed {quote} quote at column {quoteStart + 1}: {text}", nameof(text));
        }

        if (inToken)
        {
            tokens.Add(current.ToString());
        }

        if (tokens.Count == 0)
        {
            throw new ArgumentException("the migrator command is empty", nameof(text));
        }

        return new CommandTemplate(text, tokens);
    }

    /// <summary>The program and its arguments with <c>{source}</c>, <c>{out}</c>, <c>{timezone}</c> (an IANA id) and <c>{target}</c> (eml, mbox, exchange55) replaced.</summary>
    public IReadOnlyList<string> Expand(string source, string output, string timeZone = "UTC", string target = "eml") =>
        _tokens.Select(t => t.Replace("{source}", source, StringComparison.Ordinal)
            .Replace("{out}", output, StringComparison.Ordinal)
            .Replace("{timezone}", timeZone, StringComparison.Ordinal)
            .Replace("{target}", target, StringComparison.Ordinal)).ToList();
}
