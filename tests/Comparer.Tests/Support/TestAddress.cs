using MimeKit;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>An address as a test writes it: display name, proxy type and address, encapsulated in IMCEA unless it is SMTP.</summary>
internal sealed record TestAddress(string? DisplayName, string Type, string Address)
{
    public static TestAddress CcMail(string name, string postOffice) => new(name, "CCMAIL", name + " at " + postOffice);

    public static TestAddress Smtp(string? name, string address) => new(name, "SMTP", address);

    public static TestAddress Attmail(string? name, string user) => new(name, "ATTMAIL", user);

    public static TestAddress X400(string? name, string address) => new(name, "X400", address);

    public MailboxAddress ToMailbox(string domain) =>
        new(DisplayName ?? "", Type == "SMTP" ? Address : ImceaEncoder.Encode(Type, Address, domain));
}
