namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>The eight canonical spellings of an AT&amp;T Mail address (KB Q197114 names none, so all must survive migration).</summary>
public static class AttmailSpellings
{
    /// <summary>Every spelling, in a fixed order.</summary>
    public static IReadOnlyList<AttmailSpelling> All { get; } =
    [
        new("at-gateway", "{user} at ATTMAIL", "{user}", "ATTMAIL", AddressNotation.AtPostOffice, "reconstruction (foreign address at a gateway post office)"),
        new("typed", "ATTMAIL:{user}", "{user}", "ATTMAIL", AddressNotation.Typed, "KB Q175978 (ATTMAIL is an MS Mail network name)"),
        new("typed-bang", "ATTMAIL:!{user}", "!{user}", "ATTMAIL", AddressNotation.Typed, "reconstruction"),
        new("bang-path", "attmail!{user}", "attmail!{user}", "ATTMAIL", AddressNotation.Bare, "KB Q116466, Q147044"),
        new("bracketed-smtp", "[SMTP:attmail!{user}]", "attmail!{user}", "SMTP", AddressNotation.Bracketed, "KB Q116466"),
        new("x400-slash", "X400:/c=US/a=ATTMAIL/p={org}/s={surname}/g={given}", "/c=US/a=ATTMAIL/p={org}/s={surname}/g={given}",
            "X400", AddressNotation.Typed, "KB Q159301, Q169715"),
        new("x400-semicolon", "c=US;a=ATTMAIL;p={org};s={surname};g={given}", "c=US;a=ATTMAIL;p={org};s={surname};g={given}",
            "X400", AddressNotation.Bare, "reconstruction (the other common X.400 notation)"),
        new("x400-admd", "X400:/c=US/admd=ATTMAIL/prmd={org}/pn={given}.{surname}", "/c=US/admd=ATTMAIL/prmd={org}/pn={given}.{surname}",
            "X400", AddressNotation.Typed, "KB Q156729"),
    ];

    /// <summary>The spelling with identifier <paramref name="id"/>.</summary>
    public static AttmailSpelling Get(string id) =>
        All.FirstOrDefault(s => s.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "No such ATTMAIL spelling.");

    /// <summary><paramref name="text"/> in letter case <paramref name="casing"/>; deterministic and culture-independent.</summary>
    public static string ApplyCase(string text, LetterCase casing) => casing switch
    {
        LetterCase.Upper => text.ToUpperInvariant(),
        LetterCase.Lower => text.ToLowerInvariant(),
        LetterCase.Mixed => string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var upper = char.ToUpperInvariant(source[i]);
                span[i] = upper % 2 == 1 ? upper : char.ToLowerInvariant(source[i]);
            }
        }),
        _ => text,
    };
}
