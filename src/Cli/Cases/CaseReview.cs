/*
 * What a reviewer of a new customer case must look at, because the draft took our reading of the
 * export on trust: messages whose folder was defaulted (no Folder: line), addresses the parser had
 * doubts about or could not classify, and every repair and skip our migrator reported.
 */
using System.Text;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Migrator.Migration;

namespace MailMig.Fidelity.Cli.Cases;

/// <summary>Lists what a reviewer must check in a drafted case.</summary>
public static class CaseReview
{
    /// <summary>The review lines for <paramref name="export"/> migrated as <paramref name="report"/> says.</summary>
    public static IReadOnlyList<string> Of(string export, MigrationReport report, bool guardsMissing)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string>();
        if (guardsMissing)
        {
            lines.Add("case.json: \"guards\" is a placeholder; say what the case guards");
        }

        lines.Add("manifest.jsonl: drafted from our own reading of the export (the same reader as the migrator); check every message against the customer's complaint");
        var bytes = File.ReadAllBytes(export);
        foreach (var record in ExportFile.ReadAll(export).Records)
        {
            if (record.Message is not { } message)
            {
                continue;
            }

            if (!HasFolderLine(bytes, record))
            {
                lines.Add($"message {record.Index}: no Folder: line, the folder was defaulted to {message.Folder}");
            }

            lines.AddRange(Addresses(message).Where(Questionable).Select(a => $"message {record.Index}: questionable address '{a.Raw}' (read as {a.Kind} {a.Proxy})"));
        }

        lines.AddRange(report.Repaired.Select(r => $"message {r.Index}: repaired ({string.Join(", ", r.Repairs)}); check the repair is what a faithful migration gives"));
        lines.AddRange(report.Skipped.Select(s => $"message {s.Index}: skipped ({s.Reason}), approved in approved-skips.json; check it cannot be migrated"));
        return lines;
    }

    private static IEnumerable<CcAddress> Addresses(CcMessage message) =>
        new[] { message.From, message.ReturnReceiptTo }.Concat(message.To).Concat(message.Cc).Concat(message.Bcc).OfType<CcAddress>();

    private static bool Questionable(CcAddress address) =>
        address.Kind == AddressKind.Unknown || address.Diagnostics.Count > 0;

    private static bool HasFolderLine(byte[] bytes, MessageRecord record)
    {
        var start = (int)Math.Min(record.Location.Offset, bytes.Length);
        var length = (int)Math.Min(record.Length, bytes.Length - start);
        var text = Encoding.Latin1.GetString(bytes, start, length);
        var contents = text.IndexOf("\nContents:", StringComparison.OrdinalIgnoreCase);
        var header = contents < 0 ? text : text[..contents];
        return header.Split('\n').Any(l => l.StartsWith("Folder:", StringComparison.OrdinalIgnoreCase));
    }
}
