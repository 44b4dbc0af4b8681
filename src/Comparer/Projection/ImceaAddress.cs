namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>The result of decoding one SMTP address that may be IMCEA-encapsulated.</summary>
/// <param name="IsImcea">Whether the address was IMCEA-encapsulated (upper-case <c>IMCEA</c> prefix, a type and a dash).</param>
/// <param name="Type">The address type: the IMCEA type, or <c>SMTP</c> for a plain address.</param>
/// <param name="Address">The decoded original address, or the SMTP address itself.</param>
/// <param name="Domain">The domain after the last <c>@</c>, or an empty string.</param>
/// <param name="Problem">What was wrong with the encoding (kept literally where it could not be decoded), or null.</param>
public readonly record struct ImceaAddress(bool IsImcea, string Type, string Address, string Domain, string? Problem);
