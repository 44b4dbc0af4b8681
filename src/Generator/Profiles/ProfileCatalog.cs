using MailMig.Fidelity.Generator.Faults;

namespace MailMig.Fidelity.Generator.Profiles;

/// <summary>The built-in profiles (docs/generator.md describes each).</summary>
public static class ProfileCatalog
{
    /// <summary>A few messages and every fault that applies once: the smallest complete regression post office.</summary>
    public static Profile Minimal { get; } = new()
    {
        Name = "minimal", Description = "a few messages, every applicable fault once",
        DefaultUsers = 4, DefaultMessages = 80, DefaultFaults = ["all"], DefaultCodePage = 850,
        MaxParagraphs = 2, AttachmentMaxBytes = 8 * 1024,
    };

    /// <summary>Period-realistic distributions of sizes, recipients, replies, forwards and attachments.</summary>
    public static Profile Realistic { get; } = new()
    {
        Name = "realistic", Description = "realistic distributions of message sizes, recipient counts and attachments",
    };

    /// <summary>Long headers, many recipients and large items.</summary>
    public static Profile Stress { get; } = new()
    {
        Name = "stress", Description = "long headers, many recipients, large items",
        DefaultUsers = 50, DefaultMessages = 500, MaxLocalRecipients = 40, MaxForeignRecipients = 300, CcShare = 0.6,
        BccShare = 0.3, AttachmentShare = 0.4, MaxAttachments = 6, AttachmentMaxBytes = 2 * 1024 * 1024, MaxParagraphs = 40,
        SubjectPadding = 30, ForwardShare = 0.15, BinaryItemShare = 0.1, ExtraTextShare = 0.1,
        DefaultFaults = [LongHeader4kFault.Id, LongHeader160kFault.Id, LongAddressFault.Id, ForwardedNestedFault.Id],
    };

    /// <summary>The KB Q197114 regression: ATTMAIL in every address header, spelling and letter case, among other types.</summary>
    public static Profile Q197114 { get; } = new()
    {
        Name = "q197114", Description = "ATTMAIL in From, To, Cc, Bcc and RRT in every spelling and case, mixed with other address types",
        DefaultUsers = 10, DefaultMessages = 300, AttmailShare = 0.35, MaxForeignRecipients = 5, CoverAttmailMatrix = true,
        DefaultFaults = [AttmailAddressFault.Id, MixedAddressTypesFault.Id],
    };

    /// <summary>Volume runs: small bodies, few and tiny attachments.</summary>
    public static Profile Bulk { get; } = new()
    {
        Name = "bulk", Description = "volume runs: small bodies, few tiny attachments",
        DefaultUsers = 200, DefaultMessages = 100_000, MaxParagraphs = 1, AttachmentShare = 0.03, MaxAttachments = 1,
        AttachmentMaxBytes = 2048, ForwardShare = 0.01, BinaryItemShare = 0.0, ExtraTextShare = 0.0,
    };

    /// <summary>Every profile, by name order of the documentation.</summary>
    public static IReadOnlyList<Profile> All { get; } = [Minimal, Realistic, Stress, Q197114, Bulk];

    /// <summary>The profile named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static Profile? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
