namespace MailMig.Fidelity.CcMail.Addresses;

/*
 * One left-to-right pass marks every character of the address as outside, inside a double-quoted
 * string or inside a [bracket]. Everything the parser looks for afterwards (the last " at ", the
 * bracket a display name ends at, whether a token is one quoted string) reads these marks, so the
 * parse stays linear in the length of the text. Quotes and brackets do not nest: a quote inside
 * brackets and a bracket inside quotes are ordinary characters. When a quote or a bracket is never
 * closed, the text is scanned again with that character made ordinary ("keep the text").
 */

/// <summary>The trimmed text of an address with each character marked as outside, quoted or bracketed.</summary>
internal sealed class AddressText
{
    private readonly CharState[] _states;

    private AddressText(string raw, int start, int end, CharState[] states, int unclosedQuote, int unclosedBracket)
    {
        Raw = raw;
        Start = start;
        End = end;
        _states = states;
        UnclosedQuote = unclosedQuote;
        UnclosedBracket = unclosedBracket;
    }

    private enum CharState : byte
    {
        Outside,
        QuoteOpen,
        Quoted,
        QuoteClose,
        BracketOpen,
        Bracketed,
        BracketClose,
    }

    /// <summary>The whole text as given; every index below is into it.</summary>
    public string Raw { get; }

    /// <summary>The index of the first non-whitespace character.</summary>
    public int Start { get; }

    /// <summary>The index after the last non-whitespace character.</summary>
    public int End { get; }

    /// <summary>The index of a double quote that was never closed (now an ordinary character), or -1.</summary>
    public int UnclosedQuote { get; }

    /// <summary>The index of a <c>[</c> that was never closed (now an ordinary character), or -1.</summary>
    public int UnclosedBracket { get; }

    /// <summary>Scans <c>raw[start..end]</c>, making quotes or brackets ordinary characters when one is left open.</summary>
    public static AddressText Scan(string raw, int start, int end)
    {
        var states = new CharState[end];
        bool quotes = true, brackets = true;
        int unclosedQuote = -1, unclosedBracket = -1;
        while (true)
        {
            var (openQuote, openBracket) = Mark(raw, start, end, states, quotes, brackets);
            if (openQuote < 0 && openBracket < 0)
            {
                return new AddressText(raw, start, end, states, unclosedQuote, unclosedBracket);
            }

            if (openQuote >= 0)
            {
                quotes = false;
                unclosedQuote = openQuote;
            }

            if (openBracket >= 0)
            {
                brackets = false;
                unclosedBracket = openBracket;
            }
        }
    }

    /// <summary>The index of the whitespace that starts the last <c> at </c> outside quotes and brackets in <c>[start, end)</c>, or -1.</summary>
    public int LastAtWord(int start, int end)
    {
        for (var i = end - 4; i >= start; i--)
        {
            if (AddressForms.IsAtWord(Raw.AsSpan(0, end), i)
                && IsOutside(i) && IsOutside(i + 1) && IsOutside(i + 2) && IsOutside(i + 3))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when <c>[start, end)</c> is exactly one double-quoted string.</summary>
    public bool IsQuoted(int start, int end)
    {
        if (end - start < 2 || _states[start] != CharState.QuoteOpen || _states[end - 1] != CharState.QuoteClose)
        {
            return false;
        }

        for (var i = start + 1; i < end - 1; i++)
        {
            if (_states[i] != CharState.Quoted)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the character at <paramref name="index"/> closes a bracket.</summary>
    public bool IsBracketClose(int index) => _states[index] == CharState.BracketClose;

    /// <summary>The index of the <c>[</c> that the bracket closed at <paramref name="close"/> opened with.</summary>
    public int BracketOpenBefore(int close)
    {
        var i = close - 1;
        while (_states[i] != CharState.BracketOpen)
        {
            i--;
        }

        return i;
    }

    /// <summary>The text of <c>[start, end)</c>: the content with <c>""</c> made <c>"</c> when it is one quoted string, else as written.</summary>
    public string Token(int start, int end) =>
        IsQuoted(start, end) ? Raw.Substring(start + 1, end - start - 2).Replace("\"\"", "\"", StringComparison.Ordinal) : Raw[start..end];

    /// <summary>Moves <paramref name="start"/> and <paramref name="end"/> inwards past whitespace.</summary>
    public void Trim(ref int start, ref int end)
    {
        while (start < end && char.IsWhiteSpace(Raw[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Raw[end - 1]))
        {
            end--;
        }
    }

    private bool IsOutside(int index) => _states[index] == CharState.Outside;

    private static (int OpenQuote, int OpenBracket) Mark(string raw, int start, int end, CharState[] states, bool quotes, bool brackets)
    {
        var inQuote = false;
        var inBracket = false;
        int quoteStart = -1, bracketStart = -1;
        for (var i = start; i < end; i++)
        {
            var c = raw[i];
            if (inQuote)
            {
                if (c != '"')
                {
                    states[i] = CharState.Quoted;
                }
                else if (i + 1 < end && raw[i + 1] == '"')
                {
                    states[i] = states[i + 1] = CharState.Quoted;
                    i++;
                }
                else
                {
                    states[i] = CharState.QuoteClose;
                    inQuote = false;
                }
            }
            else if (inBracket)
            {
                states[i] = c == ']' ? CharState.BracketClose : CharState.Bracketed;
                inBracket = c != ']';
            }
            else if (c == '"' && quotes)
            {
                states[i] = CharState.QuoteOpen;
                inQuote = true;
                quoteStart = i;
            }
            else if (c == '[' && brackets)
            {
                states[i] = CharState.BracketOpen;
                inBracket = true;
                bracketStart = i;
            }
            else
            {
                states[i] = CharState.Outside;
            }
        }

        return (inQuote ? quoteStart : -1, inBracket ? bracketStart : -1);
    }
}
