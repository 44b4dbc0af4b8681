using System.Text;

namespace MailMig.Fidelity.Generator.Addresses;

/// <summary>Applies a <see cref="TextCase"/> to ASCII text, culture-free (no Turkish dotless i).</summary>
public static class TextCasing
{
    /// <summary><paramref name="text"/> in <paramref name="textCase"/>; Mixed alternates upper and lower from the first letter.</summary>
    public static string Apply(string text, TextCase textCase)
    {
        if (textCase == TextCase.Upper)
        {
            return text.ToUpperInvariant();
        }

        if (textCase == TextCase.Lower)
        {
            return text.ToLowerInvariant();
        }

        var builder = new StringBuilder(text.Length);
        var letters = 0;
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetter(c) ? (letters++ % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)) : c);
        }

        return builder.ToString();
    }

    /// <summary>The kebab-case name of a value, for manifest details (<c>X400Semicolon</c> to <c>x400-semicolon</c>).</summary>
    public static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsAsciiLetterUpper(name[i]) && i > 0 && !char.IsAsciiLetterUpper(name[i - 1]))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
