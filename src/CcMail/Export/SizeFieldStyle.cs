namespace MailMig.Fidelity.CcMail.Export;

/// <summary>How a <c>Message:</c> size field is written.</summary>
public enum SizeFieldStyle
{
    /// <summary>The exact size.</summary>
    Exact,

    /// <summary>The exact size padded with leading spaces to ten columns.</summary>
    Padded,

    /// <summary>Only spaces (KB Q287056).</summary>
    Spaces,

    /// <summary>A wrong number, <see cref="ExportBlockStyle.WrongSize"/>.</summary>
    Wrong,
}
