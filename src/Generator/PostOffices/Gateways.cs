namespace MailMig.Fidelity.Generator.PostOffices;

/// <summary>The gateway post offices of every generated directory, with the comment the directory gives them.</summary>
public static class Gateways
{
    /// <summary>The SMTP link.</summary>
    public const string Smtp = "SMTPLINK";

    /// <summary>AT&amp;T Mail.</summary>
    public const string Attmail = "ATTMAIL";

    /// <summary>The X.400 gateway.</summary>
    public const string X400 = "X400GW";

    /// <summary>The MHS (Novell) gateway.</summary>
    public const string Mhs = "MHSGW";

    /// <summary>The Lotus Notes gateway.</summary>
    public const string Notes = "NOTESGW";

    /// <summary>The fax gateway.</summary>
    public const string Fax = "FAXGW";

    /// <summary>The site Exchange mail arrives from (KB Q179677).</summary>
    public const string ExchangeSite = "EXSITE";

    /// <summary>Every gateway with its directory comment, in directory order.</summary>
    public static IReadOnlyList<(string Name, string Comment)> All { get; } =
    [
        (Smtp, "SMTP link"), (Attmail, "AT&T Mail gateway"), (X400, "X.400 gateway"), (Mhs, "MHS gateway"),
        (Notes, "Lotus Notes gateway"), (Fax, "Fax gateway"), (ExchangeSite, "Exchange connector"),
    ];
}
