/*
 * The partition of `compare --shard` is a function of the manifest's mailbox records (store order,
 * empty mailboxes included), which the ground-truth check itself never needs, so they are read in a
 * pass of their own. Each line is looked at only as far as its "record" key (the first key in
 * every generated manifest); only mailbox records are parsed. Lines that are not JSON are left to
 * ManifestIndex, which refuses the manifest for them before anything is compared.
 */
using System.Text;
using System.Text.Json;
using MailMig.Fidelity.Comparer.Diagnostics;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Sharding;

/// <summary>Reads the <c>mailbox</c> records of a <c>manifest.jsonl</c> (docs/formats/manifest.md).</summary>
public static class ManifestMailboxReader
{
    /// <summary>The mailbox records of the manifest at <paramref name="path"/>; an unreadable file gives no mailbox and one error.</summary>
    public static ManifestMailboxList Read(string path)
    {
        var mailboxes = new List<ManifestMailbox>();
        var diagnostics = new List<ComparerDiagnostic>();
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            var number = 0;
            foreach (var (_, _, text) in ManifestLineSplitter.Split(stream))
            {
                number++;
                if (IsMailboxRecord(text))
                {
                    Add(path, text, number, mailboxes, diagnostics);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Error, "manifest.unreadable", e.Message, path));
        }

        return new ManifestMailboxList(path, mailboxes, diagnostics);
    }

    private static bool IsMailboxRecord(string line)
    {
        const string Generated = "{\"record\":\"";
        if (line.StartsWith(Generated, StringComparison.Ordinal))
        {
            return line.AsSpan(Generated.Length).StartsWith("mailbox\"", StringComparison.Ordinal);
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isRecord = reader.ValueTextEquals("record"u8);
                reader.Read();
                if (isRecord)
                {
                    return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("mailbox"u8);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON: ManifestIndex reports the line.
        }

        return false;
    }

    private static void Add(string path, string line, int number, List<ManifestMailbox> mailboxes, List<ComparerDiagnostic> diagnostics)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (!root.TryGetProperty("mailbox", out var name) || name.ValueKind != JsonValueKind.String)
            {
                diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Error, "manifest.invalid-record", "a mailbox record needs a 'mailbox' name", path, number));
                return;
            }

            var messages = root.TryGetProperty("messages", out var count) && count.ValueKind == JsonValueKind.Number && count.TryGetInt32(out var m) && m >= 0 ? m : 0;
            mailboxes.Add(new ManifestMailbox(name.GetString()!, messages));
        }
        catch (JsonException e)
        {
            diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Error, "manifest.invalid-json", "not valid JSON: " + e.Message, path, number));
        }
        catch (InvalidOperationException)
        {
            // Valid JSON, but the name's escapes hold half a surrogate pair: no text to name a mailbox with.
            diagnostics.Add(new ComparerDiagnostic(ComparerSeverity.Error, "manifest.invalid-record", "the mailbox name holds an unpaired surrogate escape, which is not text", path, number));
        }
    }
}
