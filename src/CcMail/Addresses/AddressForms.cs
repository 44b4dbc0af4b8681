using System.Buffers;

namespace MailMig.Fidelity.CcMail.Addresses;

/*
 * The recognisers of the address forms, shared by the parser (to classify the text before a post
 * office) and the formatter (to know when a name must be quoted so that it is not read back as one
 * of them). All work on spans by plain scanning, no regular expressions, so every one is linear in
 * the length of its input whatever the input is.
 */

/// <summary>Recognisers of the typed and untyped foreign address forms and of ATTMAIL in each of them.</summary>
internal static class AddressForms
{
    /// <summary>The proxy type of a native cc:Mail address.</summary>
    public const string CcMailType = "CCMAIL";

    /// <summary>The proxy type of an AT&amp;T Mail address.</summary>
    public const string AttmailType = "ATTMAIL";

    /// <summary>The proxy type of an Internet address.</summary>
    public const string SmtpType = "SMTP";

    /// <summary>The proxy type of an X.400 address.</summary>
    public const string X400Type = "X400";

    /// <summary>The proxy type of a Microsoft Mail address.</summary>
    public const string MsMailType = "MS";

    private static readonly SearchValues<char> QuoteOrBracket = SearchValues.Create("\"[]");
    private static readonly SearchValues<char> NotInSmtp = SearchValues.Create("\"[],");
    private static readonly SearchValues<char> NotInBangPath = SearchValues.Create("\"[],@");
    private static readonly SearchValues<char> NotInSlashPath = SearchValues.Create("\"[],@=;");
    private static readonly SearchValues<char> X400Separators = SearchValues.Create("/;");

    /// <summary>True for the AT&amp;T Mail gateway and network names, <c>ATTMAIL</c> and <c>EASYLINK</c>, in any letter case (KB Q175978).</summary>
    public static bool IsAttmailName(ReadOnlySpan<char> name) =>
        name.Equals("ATTMAIL", StringComparison.OrdinalIgnoreCase) || name.Equals("EASYLINK", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <c>whitespace at whitespace</c> (any letter case) starts at <paramref name="index"/>.</summary>
    public static bool IsAtWord(ReadOnlySpan<char> text, int index) =>
        index >= 0 && index + 3 < text.Length && char.IsWhiteSpace(text[index]) && text[index + 1] is 'a' or 'A'
        && text[index + 2] is 't' or 'T' && char.IsWhiteSpace(text[index + 3]);

    /// <summary>True when the word <c>at</c> between whitespace occurs anywhere in <paramref name="text"/>.</summary>
    public static bool ContainsAtWord(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 3 < text.Length; i++)
        {
            if (IsAtWord(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> is empty or starts or ends with whitespace.</summary>
    public static bool IsEmptyOrPadded(ReadOnlySpan<char> text) =>
        text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]);

    /// <summary>The length of the <c>TYPE</c> keyword when <paramref name="text"/> starts with <c>TYPE:</c>, else 0.</summary>
    /// <remarks>
    /// A type is an ASCII letter then letters, digits, <c>-</c> or <c>_</c>. Unbracketed, the colon must be followed by
    /// the end or a non-space, so that a name such as <c>Re: budget</c> is not read as type <c>RE</c>.
    /// </remarks>
    public static int TypeLength(ReadOnlySpan<char> text, bool allowSpaceAfterColon)
    {
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            return 0;
        }

        var i = 1;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
        {
            i++;
        }

        if (i >= text.Length || text[i] != ':')
        {
            return 0;
        }

        return !allowSpaceAfterColon && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) ? 0 : i;
    }

    /// <summary>True for an untyped Internet address: <c>local@domain</c>, no whitespace, quotes, brackets or commas.</summary>
    public static bool IsSmtpLike(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOf('@');
        return at > 0 && at < text.Length - 1 && !ContainsWhiteSpace(text) && !text.ContainsAny(NotInSmtp);
    }

    /// <summary>True for a UUCP bang path such as <c>attmail!jdoe</c>: two or more non-empty hops, no whitespace.</summary>
    public static bool IsBangPath(ReadOnlySpan<char> text)
    {
        if (!text.Contains('!') || ContainsWhiteSpace(text) || text.ContainsAny(NotInBangPath))
        {
            return false;
        }

        foreach (var hop in text.Split('!'))
        {
            if (hop.End.Value == hop.Start.Value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for the MS Mail network form without a type, <c>ATTMAIL/jdoe</c> or <c>EASYLINK/jdoe</c> (KB Q175978).</summary>
    public static bool IsAttmailSlashPath(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        return slash > 0 && slash < text.Length - 1 && IsAttmailName(text[..slash])
            && !ContainsWhiteSpace(text) && !text.ContainsAny(NotInSlashPath);
    }

    /// <summary>True for an untyped X.400 address: <c>/c=US/a=ATTMAIL/...</c> or <c>c=US;a=ATTMAIL;...</c>, two attributes or more.</summary>
    public static bool IsBareX400(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(QuoteOrBracket))
        {
            return false;
        }

        var separator = text.Length > 0 && text[0] == '/' ? '/' : ';';
        if (separator == ';' && !text.Contains(';'))
        {
            return false;
        }

        var attributes = 0;
        foreach (var range in text.Split(separator))
        {
            var attribute = text[range];
            if (attribute.IsWhiteSpace())
            {
                continue;
            }

            if (!IsX400Attribute(attribute))
            {
                return false;
            }

            attributes++;
        }

        return attributes >= 2;
    }

    /// <summary>True when an X.400 address (slash or semicolon form) names ATTMAIL as its ADMD (<c>a=</c> or <c>admd=</c>).</summary>
    public static bool HasAttmailAdmd(ReadOnlySpan<char> x400)
    {
        foreach (var range in x400.SplitAny(X400Separators))
        {
            var attribute = x400[range];
            var equals = attribute.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = attribute[..equals].Trim();
            if ((key.Equals("a", StringComparison.OrdinalIgnoreCase) || key.Equals("admd", StringComparison.OrdinalIgnoreCase))
                && attribute[(equals + 1)..].Trim().Equals("ATTMAIL", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an Internet address reaches AT&amp;T Mail: a bang-path hop ATTMAIL/EASYLINK, or the domain attmail.com.</summary>
    public static bool IsAttmailSmtp(ReadOnlySpan<char> smtp)
    {
        var at = smtp.LastIndexOf('@');
        if (at >= 0)
        {
            var domain = smtp[(at + 1)..];
            if (domain.Equals("attmail.com", StringComparison.OrdinalIgnoreCase)
                || domain.EndsWith(".attmail.com", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var lastBang = smtp.LastIndexOf('!');
        if (lastBang < 0)
        {
            return false;
        }

        foreach (var hop in smtp[..lastBang].Split('!'))
        {
            if (IsAttmailName(smtp[..lastBang][hop]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The kind an address of proxy type <paramref name="type"/> (upper case) and text <paramref name="address"/> is.</summary>
    public static AddressKind KindOf(string type, ReadOnlySpan<char> address) => type switch
    {
        SmtpType => IsAttmailSmtp(address) ? AddressKind.Attmail : AddressKind.Smtp,
        X400Type => HasAttmailAdmd(address) ? AddressKind.Attmail : AddressKind.X400,
        AttmailType or "EASYLINK" => AddressKind.Attmail,
        MsMailType => IsAttmailName(FirstSegment(address, '/')) ? AddressKind.Attmail : AddressKind.MsMail,
        CcMailType => AddressKind.CcMail,
        _ => AddressKind.Unknown,
    };

    /// <summary>True when unquoted <paramref name="text"/> would be read as a typed or untyped foreign address rather than a name.</summary>
    public static bool IsForeign(ReadOnlySpan<char> text) =>
        TypeLength(text, allowSpaceAfterColon: false) > 0 || IsBareX400(text) || IsSmtpLike(text) || IsBangPath(text)
        || IsAttmailSlashPath(text);

    private static bool IsX400Attribute(ReadOnlySpan<char> attribute)
    {
        var equals = attribute.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        var key = attribute[..equals].Trim();
        if (key.Length == 0 || !char.IsAsciiLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '.' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> text, char separator)
    {
        var index = text.IndexOf(separator);
        return (index < 0 ? text : text[..index]).Trim();
    }

    private static bool ContainsWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }
}
