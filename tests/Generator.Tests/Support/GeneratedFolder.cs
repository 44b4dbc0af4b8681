using System.Text.Json;
using MailMig.Fidelity.Generator.Generation;

namespace MailMig.Fidelity.Generator.Tests.Support;

/// <summary>A post office generated to a temp folder, with its manifest parsed, deleted on dispose.</summary>
internal sealed class GeneratedFolder : IDisposable
{
    private readonly TempFolder _temp = new();

    public GeneratedFolder(GeneratorOptions options)
    {
        Result = PostOfficeGenerator.Generate(options, Root);
        Records = File.ReadLines(System.IO.Path.Combine(Root, "manifest.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
    }

    public string Root => _temp.Sub("out");

    public GenerationResult Result { get; }

    public IReadOnlyList<JsonElement> Records { get; }

    public IEnumerable<JsonElement> Messages => Records.Where(r => r.GetProperty("record").GetString() == "message");

    /// <summary>Every fault entry of every message and mailbox record, with its record.</summary>
    public IEnumerable<(JsonElement Record, JsonElement Fault)> Faults =>
        Records.Where(r => r.GetProperty("record").GetString() != "header")
            .SelectMany(r => r.GetProperty("faults").EnumerateArray().Select(f => (r, f)));

    public byte[] Bytes(string relative) => File.ReadAllBytes(System.IO.Path.Combine(Root, relative));

    public void Dispose() => _temp.Dispose();
}
