namespace MailMig.Fidelity.CcMail.Addresses;

/// <summary>One way of writing an AT&amp;T Mail address, as a template with <c>{user}</c>, <c>{surname}</c>, <c>{given}</c> and <c>{org}</c> placeholders.</summary>
/// <param name="Id">A stable identifier, e.g. <c>bang-path</c>.</param>
/// <param name="Template">The address text with placeholders.</param>
/// <param name="AddressTemplate">The parsed <see cref="CcAddress.Address"/> with placeholders.</param>
/// <param name="ExpectedType">The proxy type the text names (upper case).</param>
/// <param name="ExpectedNotation">The notation the text is written in.</param>
/// <param name="Source">Where the spelling comes from (a KB article or the reconstruction).</param>
public sealed record AttmailSpelling(
    string Id, string Template, string AddressTemplate, string ExpectedType, AddressNotation ExpectedNotation, string Source)
{
    /// <summary>The address text for one mailbox.</summary>
    public string Render(string user, string surname, string given, string org) => Fill(Template, user, surname, given, org);

    /// <summary>The <see cref="CcAddress.Address"/> the parser gives for <see cref="Render"/> with the same values.</summary>
    public string RenderAddress(string user, string surname, string given, string org) => Fill(AddressTemplate, user, surname, given, org);

    // One pass over the template, so a value that itself contains "{org}" is not substituted again.
    private static string Fill(string template, string user, string surname, string given, string org)
    {
        var builder = new System.Text.StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            var value = close < 0 ? null : template[(i + 1)..close] switch
            {
                "user" => user,
                "surname" => surname,
                "given" => given,
                "org" => org,
                _ => null,
            };
            if (value is null)
            {
                builder.Append(template[i++]);
            }
            else
            {
                builder.Append(value);
                i = close + 1;
            }
        }

        return builder.ToString();
    }
}
