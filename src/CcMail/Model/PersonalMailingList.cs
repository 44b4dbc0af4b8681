using MailMig.Fidelity.CcMail.Addresses;

namespace MailMig.Fidelity.CcMail.Model;

/// <summary>A personal mailing list: a named list of addresses one user keeps (KB Q214838: "Last, First" members came out empty).</summary>
public sealed class PersonalMailingList
{
    /// <summary>The owner's mailbox name, e.g. <c>Smith, Grover</c>.</summary>
    public string Owner { get; set; } = "";

    /// <summary>The list's name as its owner typed it.</summary>
    public string Name { get; set; } = "";

    /// <summary>The members in list order, each in the address grammar (docs/formats/addresses.md), a bare <c>Last, First</c> included.</summary>
    public List<CcAddress> Members { get; set; } = [];
}
