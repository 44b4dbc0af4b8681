namespace MailMig.Fidelity.Cli.Validation;

/// <summary>Decides whether text is an Internet domain name (RFC 1035 host name labels, as IMCEA addresses need).</summary>
public static class DomainName
{
    /// <summary>What is wrong with <paramref name="text"/> as a domain name, or null when it is one.</summary>
    public static string? Problem(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "is empty; give a domain name such as example.com";
        }

        if (text.Length > 253)
        {
            return "is longer than 253 characters, too long for a domain name";
        }

        foreach (var label in text.Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return "is not a domain name: give letters, digits and hyphens in dot-separated labels, such as example.com";
            }
        }

        return null;
    }
}
