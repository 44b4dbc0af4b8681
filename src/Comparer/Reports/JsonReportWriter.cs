using System.Text.Encodings.Web;
using System.Text.Json;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Reports;

/// <summary>Writes the comparison as JSON (<c>mailmig-fidelity/comparison@1</c>, camelCase keys) for tools and the regression gate.</summary>
public static class JsonReportWriter
{
    /// <summary>The format id written as <c>format</c>.</summary>
    public const string Format = "mailmig-fidelity/comparison@1";

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as indented UTF-8 JSON.</summary>
    public static void Write(ComparisonReport report, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= new ReportOptions();
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteBoolean("success", report.IsSuccess);
        json.WriteBoolean("redacted", options.Redact);
        if (report.Snapshots is { } snapshots)
        {
            WriteSnapshots(json, snapshots, options);
        }

        if (report.Truth is { } truth)
        {
            WriteTruth(json, truth, options);
        }

        json.WriteEndObject();
    }

    private static void WriteSnapshots(Utf8JsonWriter json, FolderVerificationResult result, ReportOptions options)
    {
        json.WriteStartObject("snapshots");
        json.WriteString("actual", result.ActualFolder);
        json.WriteString("verified", result.VerifiedFolder);
        json.WriteBoolean("success", result.IsSuccess);
        json.WriteNumber("messages", result.MessageCount);
        json.WriteNumber("matched", result.Matched.Count);
        WriteDifferences(json, "differences", result.Differences, options);
        WriteDifferences(json, "new", result.New, options);
        WriteStrings(json, "orphaned", result.Orphaned);
        WriteStrings(json, "accepted", result.Accepted);
        json.WriteStartArray("notRegularFiles");
        foreach (var entry in result.NotRegularFiles)
        {
            json.WriteStartObject();
            json.WriteString("path", entry.RelativePath);
            json.WriteString("problem", entry.Describe());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDifferences(Utf8JsonWriter json, string name, IReadOnlyList<SnapshotDifference> differences, ReportOptions options)
    {
        json.WriteStartArray(name);
        foreach (var difference in differences)
        {
            var view = SnapshotView.Of(difference, options.Redact);
            json.WriteStartObject();
            json.WriteString("name", difference.Name);
            json.WriteString("mailbox", SnapshotView.MailboxOf(difference.Name));
            json.WriteString("outputFile", difference.Location?.ToString());
            json.WriteString("movedFrom", difference.MovedFrom);
            WriteStrings(json, "fields", difference.Fields);
            json.WriteString("received", difference.Outcome.ReceivedPath);
            json.WriteString("verified", difference.Outcome.VerifiedPath);
            json.WriteString("diff", view.Diff);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTruth(Utf8JsonWriter json, TruthResult truth, ReportOptions options)
    {
        json.WriteStartObject("truth");
        json.WriteString("actual", truth.ActualFolder);
        json.WriteString("manifest", truth.ManifestPath);
        json.WriteString("grade", truth.Run.Grade.ToString());
        json.WritePropertyName("run");
        WriteMailbox(json, truth.Run);
        WriteArray(json, "mailboxes", truth.Mailboxes, WriteMailbox);
        WriteArray(json, "fields", truth.Fields, WriteField);
        WriteArray(json, "notCarried", truth.NotCarried, WriteNotCarried);
        WriteArray(json, "differences", truth.Differences, (writer, d) => WriteDifference(writer, d, options));
        WriteStrings(json, "diagnostics", truth.Diagnostics.Select(d => d.ToString()).ToList());
        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }

    private static void WriteField(Utf8JsonWriter json, FieldTally field)
    {
        json.WriteStartObject();
        json.WriteString("field", field.Field);
        json.WriteNumber("checked", field.Checked);
        json.WriteNumber("matched", field.Matched);
        json.WriteNumber("fidelity", Math.Round(field.Fidelity, 6));
        json.WriteNumber("notCarried", field.NotCarried);
        json.WriteEndObject();
    }

    private static void WriteNotCarried(Utf8JsonWriter json, NotCarriedNote note)
    {
        json.WriteStartObject();
        json.WriteString("format", note.Format);
        WriteStrings(json, "aspects", note.Aspects);
        json.WriteNumber("messages", note.Messages);
        json.WriteString("note", note.Describe());
        json.WriteEndObject();
    }

    private static void WriteDifference(Utf8JsonWriter json, TruthDifference d, ReportOptions options)
    {
        json.WriteStartObject();
        json.WriteString("mailbox", d.Mailbox);
        if (d.Index is { } index)
        {
            json.WriteNumber("index", index);
        }
        else
        {
            json.WriteNull("index");
        }

        json.WriteString("outputFile", d.OutputFile);
        json.WriteString("field", d.Field);
        json.WriteString("class", ClassName(d.Class));
        json.WriteString("detail", d.Detail);
        json.WriteString("expected", d.Expected.Show(options.Redact));
        json.WriteString("actual", d.Actual.Show(options.Redact));
        json.WriteEndObject();
    }

    private static void WriteMailbox(Utf8JsonWriter json, MailboxTruth m)
    {
        json.WriteStartObject();
        json.WriteString("name", m.Name);
        json.WriteNumber("expected", m.Expected);
        json.WriteNumber("found", m.Found);
        json.WriteNumber("skippedAsExpected", m.SkippedAsExpected);
        json.WriteNumber("messagesWithDifferences", m.MessagesWithDifferences);
        json.WriteNumber("messagesWithUserDataLoss", m.MessagesWithUserDataLoss);
        json.WriteNumber("differences", m.Differences);
        json.WriteString("grade", m.Grade.ToString());
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The camelCase name of a difference class.</summary>
    internal static string ClassName(DifferenceClass value) => value switch
    {
        DifferenceClass.UserData => "userData",
        DifferenceClass.Metadata => "metadata",
        _ => "report",
    };
}
