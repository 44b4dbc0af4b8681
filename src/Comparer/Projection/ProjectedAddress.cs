namespace MailMig.Fidelity.Comparer.Projection;

/// <summary>One address of a migrated message: display name, Exchange address type, decoded original address and the SMTP form as written.</summary>
/// <param name="DisplayName">The display name as decoded from the header, or null when none was written.</param>
/// <param name="Type">The address type: <c>SMTP</c> for a plain address, otherwise the IMCEA type (<c>CCMAIL</c>, <c>X400</c>, <c>ATTMAIL</c>…).</param>
/// <param name="Address">The original address: the SMTP address itself, or the decoded IMCEA payload.</param>
/// <param name="Smtp">The address exactly as written in the header (its addr-spec).</param>
/// <param name="Problem">Why the IMCEA payload could not be decoded cleanly, or null.</param>
public sealed record ProjectedAddress(string? DisplayName, string Type, string Address, string Smtp, string? Problem = null)
{
    /// <summary>Builds the projection of <paramref name="smtp"/> with <paramref name="displayName"/>, decoding IMCEA encapsulation.</summary>
    public static ProjectedAddress FromSmtp(string? displayName, string smtp)
    {
        var decoded = ImceaDecoder.Decode(smtp);
        return new ProjectedAddress(string.IsNullOrEmpty(displayName) ? null : displayName, decoded.Type, decoded.Address, smtp, decoded.Problem);
    }
}
