/*
 * Splits a command line into arguments as a POSIX shell would (single quotes, double quotes,
 * backslash escapes), without ever running a shell: CommandTemplate splits first and substitutes
 * placeholders afterwards, so a path with spaces or quotes stays one argument.
 */
using System.Text;

namespace MailMig.Fidelity.Cli.Regression;

/// <summary>Splits a command line into arguments with POSIX shell quoting rules.</summary>
internal static class CommandLineSplitter
{
    /// <summary>The arguments of <paramref name="text"/>; throws <see cref="ArgumentException"/> naming the column of an unclosed quote.</summary>
    public static List<string> Split(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var inToken = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                i = ReadQuoted(text, i, current);
                inToken = true;
            }
            else if (c == '\\' && i + 1 < text.Length)
            {
                current.Append(text[++i]);
                inToken = true;
            }
            else if (c is ' ' or '\t' or '\n' or '\r')
            {
                EndToken(tokens, current, ref inToken);
            }
            else
            {
                current.Append(c);
                inToken = true;
            }
        }

        EndToken(tokens, current, ref inToken);
        return tokens;
    }

    // Appends the quoted text that starts at `start` (its quote character) and returns the index of the closing quote.
    private static int ReadQuoted(string text, int start, StringBuilder current)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                return i;
            }

            if (c == '\\' && quote == '"' && i + 1 < text.Length && text[i + 1] is '"' or '\\')
            {
                c = text[++i];
            }

            current.Append(c);
        }

        throw new ArgumentException($"the migrator command has an unclosed {quote} quote at column {start + 1}: {text}", nameof(text));
    }

    private static void EndToken(List<string> tokens, StringBuilder current, ref bool inToken)
    {
        if (inToken)
        {
            tokens.Add(current.ToString());
            current.Clear();
            inToken = false;
        }
    }
}
