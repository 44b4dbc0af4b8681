namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A header line kept as written: its keyword and its unfolded, decoded value.</summary>
public sealed record CcHeader(string Keyword, string Value);
