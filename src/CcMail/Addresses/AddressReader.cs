using MailMig.Fidelity.CcMail.Diagnostics;

namespace MailMig.Fidelity.CcMail.Addresses;

/*
 * The address grammar, in the order the parser applies it (docs/formats/addresses.md has it in full):
 *   1. trim; empty text is Unparsed; longer than MaxLength is reported;
 *   2. mark quotes and brackets (AddressText);
 *   3. split at the LAST " at " outside quotes and brackets when what follows is a plausible post
 *      office (one quoted string, or text without / = ; @ [ ]);
 *   4. read what precedes it: "Display [TYPE:address]", one quoted name, TYPE:address, bare X.400,
 *      local@domain, a bang path, ATTMAIL/user, else a native name;
 *   5. in strict mode, any questionable quirk met on the way turns the result into Unparsed.
 */

/// <summary>One parse of one address text: the grammar and the diagnostics it collects.</summary>
internal sealed class AddressReader
{
    private readonly string _raw;
    private readonly AddressParserOptions _options;
    private readonly List<Diagnostic> _diagnostics = [];
    private bool _questionable;
    private AddressText _text = null!;

    public AddressReader(string raw, AddressParserOptions options)
    {
        _raw = raw;
        _options = options;
    }

    private bool Strict => _options.Compliance == ParserCompliance.Strict;

    /// <summary>Parses the text given to the constructor.</summary>
    public CcAddress Read()
    {
        int start = 0, end = _raw.Length;
        while (start < end && char.IsWhiteSpace(_raw[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(_raw[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            _diagnostics.Add(new(DiagnosticSeverity.Error, AddressDiagnosticCodes.Empty, "The address is empty.", null, 0));
            return Unparsed("");
        }

        if (end - start > _options.MaxLength)
        {
            Questionable(AddressDiagnosticCodes.TooLong,
                $"The address is {end - start} characters long; cc:Mail allowed {_options.MaxLength} (KB Q137394).",
                start + Math.Max(0, _options.MaxLength));
        }

        _text = AddressText.Scan(_raw, start, end);
        if (_text.UnclosedQuote >= 0)
        {
            Questionable(AddressDiagnosticCodes.UnbalancedQuote, "A double quote is never closed; quotes were kept as text.", _text.UnclosedQuote);
        }

        if (_text.UnclosedBracket >= 0)
        {
            Questionable(AddressDiagnosticCodes.UnbalancedBracket, "A '[' is never closed; brackets were kept as text.", _text.UnclosedBracket);
        }

        var address = ReadBody(start, end);
        return _questionable && Strict ? Unparsed(_raw[start..end]) : address with { Diagnostics = _diagnostics };
    }

    private CcAddress ReadBody(int start, int end)
    {
        var localEnd = end;
        string? postOffice = null;
        var at = _text.LastAtWord(start, end);
        if (at >= 0)
        {
            int poStart = at + 4, poEnd = end;
            _text.Trim(ref poStart, ref poEnd);
            if (IsPlausiblePostOffice(poStart, poEnd))
            {
                postOffice = Token(poStart, poEnd);
                localEnd = at;
                _text.Trim(ref start, ref localEnd);
            }
        }

        var address = ReadLocal(start, localEnd, postOffice);
        return postOffice is not null && AddressForms.IsAttmailName(postOffice) ? address with { Kind = AddressKind.Attmail } : address;
    }

    private CcAddress ReadLocal(int start, int end, string? postOffice)
    {
        if (_text.IsBracketClose(end - 1) && TryReadBracketed(start, end, postOffice) is { } bracketed)
        {
            return bracketed;
        }

        if (_text.IsQuoted(start, end))
        {
            return ReadNative(start, end, postOffice);
        }

        var local = _raw.AsSpan(start, end - start);
        var typeLength = AddressForms.TypeLength(local, allowSpaceAfterColon: false);
        if (typeLength > 0)
        {
            return ReadTyped(start, end, typeLength, postOffice);
        }

        var notation = postOffice is null ? AddressNotation.Bare : AddressNotation.AtPostOffice;
        if (AddressForms.IsBareX400(local))
        {
            return Foreign(notation, AddressForms.X400Type, _raw[start..end], postOffice);
        }

        if (AddressForms.IsSmtpLike(local))
        {
            return Foreign(notation, AddressForms.SmtpType, _raw[start..end], postOffice);
        }

        if (AddressForms.IsBangPath(local) || AddressForms.IsAttmailSlashPath(local))
        {
            // An ATTMAIL hop or network names the type; any other bang path is UUCP, which Exchange carried as SMTP (KB Q116466).
            var type = AddressForms.IsAttmailSmtp(local) || AddressForms.IsAttmailSlashPath(local) ? AddressForms.AttmailType : AddressForms.SmtpType;
            return Foreign(notation, type, _raw[start..end], postOffice);
        }

        return ReadNative(start, end, postOffice);
    }

    private CcAddress? TryReadBracketed(int start, int end, string? postOffice)
    {
        var open = _text.BracketOpenBefore(end - 1);
        int innerStart = open + 1, innerEnd = end - 1;
        _text.Trim(ref innerStart, ref innerEnd);
        var typeLength = AddressForms.TypeLength(_raw.AsSpan(innerStart, innerEnd - innerStart), allowSpaceAfterColon: true);
        if (typeLength == 0)
        {
            return null;
        }

        int displayStart = start, displayEnd = open;
        _text.Trim(ref displayStart, ref displayEnd);
        if (displayStart < displayEnd && _raw[displayStart] == ',')
        {
            Questionable(AddressDiagnosticCodes.StrayComma, "A stray comma precedes the display name (KB Q179677).", displayStart);
            displayStart++;
            _text.Trim(ref displayStart, ref displayEnd);
        }

        var (type, address) = ReadTypeAndAddress(innerStart, innerEnd, typeLength);
        return Foreign(AddressNotation.Bracketed, type, address, postOffice) with
        {
            DisplayName = displayStart < displayEnd ? Token(displayStart, displayEnd) : null,
        };
    }

    private CcAddress ReadTyped(int start, int end, int typeLength, string? postOffice)
    {
        var (type, address) = ReadTypeAndAddress(start, end, typeLength);
        if (type != AddressForms.CcMailType)
        {
            return Foreign(AddressNotation.Typed, type, address, postOffice);
        }

        // CCMAIL:name at PO is a native address with its proxy type written out; the name may be quoted.
        int nameStart = start + typeLength + 1, nameEnd = end;
        _text.Trim(ref nameStart, ref nameEnd);
        return Native(AddressNotation.Typed, nameStart < nameEnd ? Token(nameStart, nameEnd) : "", postOffice);
    }

    private (string Type, string Address) ReadTypeAndAddress(int start, int end, int typeLength)
    {
        var type = _raw.Substring(start, typeLength).ToUpperInvariant();
        int addressStart = start + typeLength + 1, addressEnd = end;
        _text.Trim(ref addressStart, ref addressEnd);
        if (addressStart == addressEnd)
        {
            Questionable(AddressDiagnosticCodes.EmptyAddress, $"Type {type} is followed by no address.", start + typeLength);
        }

        return (type, _raw[addressStart..addressEnd]);
    }

    private CcAddress ReadNative(int start, int end, string? postOffice)
    {
        var name = Token(start, end);
        if (postOffice is not null)
        {
            return AddressForms.IsAttmailName(postOffice)
                ? Foreign(AddressNotation.AtPostOffice, AddressForms.AttmailType, name, postOffice)
                : Native(AddressNotation.AtPostOffice, name, postOffice);
        }

        if (_options.DefaultPostOffice is null)
        {
            _diagnostics.Add(new(DiagnosticSeverity.Warning, AddressDiagnosticCodes.UnresolvedPostOffice,
                "A name alone and no default post office to resolve it against (KB Q241553).", null, start));
        }

        return Native(AddressNotation.NameOnly, name, _options.DefaultPostOffice);
    }

    private CcAddress Native(AddressNotation notation, string name, string? postOffice) => new()
    {
        Raw = _raw,
        Kind = notation == AddressNotation.NameOnly ? AddressKind.CcMail : NativeKind(postOffice),
        Notation = notation,
        Type = AddressForms.CcMailType,
        Address = postOffice is null ? name : $"{name} at {postOffice}",
        DisplayName = name,
        PostOffice = postOffice,
    };

    private CcAddress Foreign(AddressNotation notation, string type, string address, string? postOffice) => new()
    {
        Raw = _raw,
        Kind = AddressForms.KindOf(type, address),
        Notation = notation,
        Type = type,
        Address = address,
        PostOffice = postOffice,
    };

    private AddressKind NativeKind(string? postOffice) =>
        postOffice is null ? AddressKind.CcMail
        : AddressForms.IsAttmailName(postOffice) ? AddressKind.Attmail
        : _options.Gateways is { } gateways && gateways.Contains(postOffice) ? AddressKind.Gateway
        : AddressKind.CcMail;

    private bool IsPlausiblePostOffice(int start, int end) =>
        start < end && (_text.IsQuoted(start, end) || _raw.AsSpan(start, end - start).IndexOfAny("/=;@[]") < 0);

    private string Token(int start, int end)
    {
        var token = _text.Token(start, end);
        if (token.Length == 0)
        {
            Questionable(AddressDiagnosticCodes.EmptyName, "A quoted name or post office is empty.", start);
        }

        return token;
    }

    private void Questionable(string code, string message, long offset)
    {
        _questionable = true;
        _diagnostics.Add(new(Strict ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, code, message, null, offset));
    }

    private CcAddress Unparsed(string address) => new()
    {
        Raw = _raw,
        Kind = AddressKind.Unknown,
        Notation = AddressNotation.Unparsed,
        Type = "",
        Address = address,
        Diagnostics = _diagnostics,
    };
}
