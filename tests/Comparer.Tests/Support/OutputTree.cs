using System.Text;
using System.Text.Json.Nodes;
using MimeKit;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>Writes migrated output folders (eml or mbox), manifests and migration reports for tests.</summary>
internal static class OutputTree
{
    public static void WriteEml(string root, IEnumerable<OutputMessageBuilder> messages)
    {
        foreach (var message in messages)
        {
            message.WriteTo(root);
        }
    }

    public static void WriteMbox(string root, IEnumerable<OutputMessageBuilder> messages)
    {
        foreach (var file in messages.GroupBy(m => m.MboxRelativePath))
        {
            var path = Path.Combine(root, file.Key);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = File.Create(path);
            foreach (var message in file.OrderBy(m => m.Index))
            {
                stream.Write("From MAILER-DAEMON Mon Nov 16 15:30:00 1998\n"u8);
                var mime = message.Build();
                mime.Headers.Add("Status", message.Read ? "RO" : "O");
                using var buffer = new MemoryStream();
                mime.WriteTo(new FormatOptions { NewLineFormat = NewLineFormat.Unix }, buffer);
                var text = Encoding.UTF8.GetString(buffer.ToArray());
                var quoted = string.Join('\n', text.Split('\n').Select(l => l.TrimStart('>').StartsWith("From ", StringComparison.Ordinal) ? ">" + l : l));
                stream.Write(Encoding.UTF8.GetBytes(quoted.EndsWith('\n') ? quoted : quoted + "\n"));
                stream.Write("\n"u8);
            }
        }
    }

    public static string WriteManifest(string path, IEnumerable<OutputMessageBuilder> messages, Action<JsonObject>? edit = null)
    {
        var lines = new List<string>
        {
            """{"record":"header","format":"mailmig-fidelity/manifest@1","generator":"test","seed":42,"profile":"test","users":2,"messages":0,"faults":[],"faultRate":0.0,"postOffice":"FERGUSON","codePage":850,"timeZone":"America/New_York","outputs":["export"]}""",
        };
        foreach (var message in messages)
        {
            var record = message.ToManifestRecord();
            edit?.Invoke(record);
            lines.Add(record.ToJsonString());
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    public static void WriteReport(string root, IEnumerable<(string Mailbox, int Index, string Reason)>? skipped = null, IEnumerable<(string Mailbox, int Index, string[] Repairs)>? repaired = null)
    {
        var report = new JsonObject
        {
            ["format"] = "mailmig-fidelity/migration-report@1",
            ["migrator"] = "test",
            ["target"] = "eml",
            ["complete"] = true,
            ["repaired"] = new JsonArray((repaired ?? []).Select(r => (JsonNode)new JsonObject
            {
                ["mailbox"] = r.Mailbox,
                ["index"] = r.Index,
                ["repairs"] = new JsonArray(r.Repairs.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
            }).ToArray()),
            ["skipped"] = new JsonArray((skipped ?? []).Select(s => (JsonNode)new JsonObject
            {
                ["mailbox"] = s.Mailbox,
                ["index"] = s.Index,
                ["reason"] = s.Reason,
                ["detail"] = "test",
            }).ToArray()),
        };
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "migration-report.json"), report.ToJsonString());
    }
}
