using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Generator.Generation;

namespace MailMig.Fidelity.Generator.Tests.Support;

/// <summary>Generated post offices in memory (no bytes written), for model tests.</summary>
internal static class Sessions
{
    public static GenerationSession Create(string profile, int seed = 42, int? users = null, int? messages = null,
        string[]? faults = null, double? rate = null, int? codePage = null, OutputFormat[]? formats = null) =>
        GenerationSession.Create(new GeneratorOptions
        {
            Seed = seed, Profile = profile, Users = users, Messages = messages, Faults = faults, FaultRate = rate, CodePage = codePage,
            Formats = formats ?? [OutputFormat.Db8, OutputFormat.Export],
        });

    /// <summary>Every message of every mailbox with its owner.</summary>
    public static IEnumerable<(string Mailbox, GeneratedCopy Copy)> All(GenerationSession session) =>
        session.PostOffice.Users.SelectMany(u => session.Mailbox(u).Select(c => (u.Name, c)));

    /// <summary>Every address of a message: From, To, Cc, Bcc, RRT.</summary>
    public static IEnumerable<CcAddress> Addresses(CcMessage message) =>
        new[] { message.From, message.ReturnReceiptTo }.OfType<CcAddress>().Concat(message.To).Concat(message.Cc).Concat(message.Bcc);

    /// <summary>The parser options a reader of this post office uses: its name as default, its gateways.</summary>
    public static AddressParserOptions ParserOptions(GenerationSession session) => new()
    {
        DefaultPostOffice = session.PostOffice.Name,
        Gateways = session.PostOffice.Directory.Where(d => d.TypeCode == DirectoryEntryTypes.DirectPostOffice && d.Comment != "Post office")
            .Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase),
    };
}
