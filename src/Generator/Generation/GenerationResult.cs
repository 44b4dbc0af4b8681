using MailMig.Fidelity.Generator.Output;

namespace MailMig.Fidelity.Generator.Generation;

/// <summary>What a run generated: the settings, the post office, the counts and every file's digest.</summary>
/// <param name="Settings">The resolved settings.</param>
/// <param name="PostOffice">The post office name.</param>
/// <param name="Events">The number of events (sent, incoming or draft) the messages are copies of.</param>
/// <param name="Messages">The number of messages written.</param>
/// <param name="Files">Every generated file with its size and SHA-256 (generation.json excluded).</param>
public sealed record GenerationResult(GenerationSettings Settings, string PostOffice, int Events, int Messages, IReadOnlyList<FileDigest> Files);
