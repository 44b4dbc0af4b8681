using System.Text;
using CsCheck;
using MailMig.Fidelity.Comparer.Output;
using MailMig.Fidelity.Comparer.Projection;
using MailMig.Fidelity.Comparer.Tests.Support;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Properties;

/*
 * Every reader of the oracle, fed 10,000 inputs per run (half mutations of valid files, half from
 * scratch): no exception escapes, every run ends (each property is bounded by a deadline), and what
 * comes out is bounded by what went in.
 */

public sealed class ReaderPropertyTests : IDisposable
{
    private const int Seconds = 240;
    private static readonly Encoding Cp850 = CodePagesEncodingProvider.Instance.GetEncoding(850)!;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static OutputMessageBuilder Rich(int index)
    {
        var message = OutputMessageBuilder.Numbered(index);
        message.Attachments.Add(new TestAttachment("REPORT.XLS", [1, 2, 3]));
        message.ExtraTexts.Add("second\r\ntext\r\n");
        message.Forwarded.Add(new OutputMessageBuilder { Subject = "=?utf-8?q?inner?=", Body = ">From here\n" });
        message.CcMailHeaders.Add("Keyword: value");
        return message;
    }

    private static readonly byte[][] ValidMessages = [Rich(1).ToBytes(), OutputMessageBuilder.Numbered(2).ToBytes()];

    [Fact]
    public async Task MimeMessagesOfAnyShapeAreReadAndProjectedWithoutExceptionAndWithBoundedOutput()
    {
        await SpecialFiles.WithinSeconds(Seconds, () =>
        {
            Fuzz.Bytes(ValidMessages).Sample(bytes =>
            {
                var message = MimeMessageReader.Read(bytes);
                var projection = ProjectionWriter.Write(message, new ProjectionOptions());
                return projection.Length <= (20 * bytes.Length) + 8192;
            }, iter: Fuzz.Inputs);
            return true;
        });
    }

    [Fact]
    public async Task MboxFilesOfAnyShapeSplitWithoutExceptionIntoNoMoreThanTheyHold()
    {
        var valid = Encoding.UTF8.GetBytes("\uFEFFFrom a\nSubject: one\n\n>From quoted\nFrom unquoted\n\nFrom b\r\nSubject: two\r\n\r\nbody\r\n\r\n");
        await SpecialFiles.WithinSeconds(Seconds, () =>
        {
            Fuzz.Bytes(valid, [.. "From x\n"u8, .. ValidMessages[0]]).Sample(bytes =>
            {
                var entries = MboxSplitter.Split(bytes);
                var lines = bytes.Count(b => b == '\n') + 1;
                return entries.Count <= lines && entries.Sum(e => (long)e.Content.Length) <= bytes.Length
                    && entries.Select(e => e.Number).SequenceEqual(Enumerable.Range(1, entries.Count));
            }, iter: Fuzz.Inputs);
            return true;
        });
    }

    [Fact]
    public async Task Exchange55FilesOfAnyShapeAreReadWithoutExceptionIntoBoundedMessages()
    {
        var (pri, sec) = ValidExchange55();
        var root = _temp.Combine("x55");
        await SpecialFiles.WithinSeconds(Seconds, () =>
        {
            Gen.Select(Fuzz.Bytes(pri), Fuzz.Bytes(sec), Gen.Int[0, 3]).Sample((p, s, thread) =>
            {
                var folder = Path.Combine(root, Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Smith, Grover");
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "MIGRATE.PKL"), "850\r\n\r\nMIGRATE.PRI\r\nMIGRATE.SEC\r\n");
                File.WriteAllBytes(Path.Combine(folder, "MIGRATE.PRI"), p);
                File.WriteAllBytes(Path.Combine(folder, "MIGRATE.SEC"), s);
                var messages = new Exchange55OutputFormat().Read(Path.GetDirectoryName(folder)!, "Smith, Grover/MIGRATE.PKL").ToList();
                var records = Exchange55SecondaryFile.ReadMessage(s, thread * 17, Cp850, []);
                return messages.Count <= Math.Max(1, p.Count(b => b == '\n') + 1)
                    && messages.All(m => (m.Body?.Length ?? 0) <= s.Length && m.Attachments.Sum(a => a.Size) <= s.Length)
                    && records.Sum(r => (long)r.Data.Length) <= s.Length;
            }, iter: Fuzz.Inputs);
            return true;
        });
    }

    [Fact]
    public async Task Exchange55PabSectionsOfAnyShapeAreReadWithoutExceptionIntoBoundedRows()
    {
        var pri = Cp850.GetBytes("PAB,\"Smith, Grover at FERGUSON\"\r\nObj-class,Display-Name,E-mail-Address,Members,Comment\r\n"
            + "Person,\"Doe, Jane\",\"[CCMAIL:Doe, Jane at FERGUSON]\",,\"Met at COMDEX, 1997\"\r\n"
            + "Distribution list,Team,,\"Doe, Jane [CCMAIL:Doe, Jane at FERGUSON]\";\"[SMTP:pat@example.com]\",\r\n"
            + "MAILMESSAGE,\"Smith, Grover at FERGUSON\"\r\n");
        var root = _temp.Combine("pab");
        await SpecialFiles.WithinSeconds(Seconds, () =>
        {
            Fuzz.Bytes(pri).Sample(p =>
            {
                var thread = Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var folder = Path.Combine(root, thread, "Smith, Grover");
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "MIGRATE.PKL"), "850\r\n\r\nMIGRATE.PRI\r\nMIGRATE.SEC\r\n");
                File.WriteAllBytes(Path.Combine(folder, "MIGRATE.PRI"), p);
                var pab = Exchange55PabReader.Read(Path.Combine(root, thread), "Smith, Grover")!;
                var lines = p.Count(b => b == '\n') + 1;
                return pab.Entries.Count <= lines && pab.Problems.Count <= 3 * lines && pab.Entries.All(e => e.Members.Count <= p.Length + 1);
            }, iter: Fuzz.Inputs);
            return true;
        });
    }

    [Fact]
    public async Task ManifestsOfAnyShapeAreReadWithoutExceptionWithBoundedDiagnosticsAndOneSummaryLine()
    {
        var valid = Encoding.UTF8.GetBytes(
            """{"record":"header","format":"mailmig-fidelity/manifest@1"}""" + "\n"
            + string.Join('\n', new[] { Rich(1), Rich(2) }.Select(m => m.ToManifestRecord().ToJsonString())) + "\n");
        await SpecialFiles.WithinSeconds(Seconds, () =>
        {
            Fuzz.Bytes(valid).Sample(bytes =>
            {
                var lines = Encoding.UTF8.GetString(bytes).Split('\n');
                var manifest = ManifestReader.Parse("manifest.jsonl", lines);
                var summary = manifest.ErrorSummary();
                Assert.True(manifest.Diagnostics.Count <= lines.Length + 2, "diagnostics " + manifest.Diagnostics.Count);
                Assert.True(manifest.Messages.Count <= lines.Length, "messages");
                Assert.True(summary is null ? !manifest.HasErrors : summary.Length <= 400 && !summary.Contains('\n', StringComparison.Ordinal), "summary " + summary);
            }, iter: Fuzz.Inputs);
            return true;
        });
    }

    [Fact]
    public async Task MigrationReportsOfAnyShapeAreReadWithoutExceptionWithBoundedDiagnostics()
    {
        var valid = Encoding.UTF8.GetBytes(
            """{"format":"mailmig-fidelity/migration-report@1","sourceKind":"export","target":"eml","complete":true,"repaired":[{"mailbox":"Smith, Grover","index":2,"repairs":["date-invalid-clamped"]}],"skipped":[{"mailbox":"Smith, Grover","index":3,"reason":"date-unrecoverable","detail":"x"}]}""");
        var folder = _temp.Combine("reports");
        Directory.CreateDirectory(folder);
        await SpecialFiles.WithinSeconds(Seconds, () =>
        {
            Fuzz.Bytes(valid).Sample(bytes =>
            {
                var path = Path.Combine(folder, Environment.CurrentManagedThreadId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json");
                File.WriteAllBytes(path, bytes);
                var report = MigrationReportReader.Read(path)!;
                return report.Diagnostics.Count <= bytes.Length + 1 && report.Skipped.Count + report.Repaired.Count <= bytes.Length;
            }, iter: Fuzz.Inputs);
            return true;
        });
    }

    private (byte[] Pri, byte[] Sec) ValidExchange55()
    {
        var root = _temp.Combine("valid");
        var message = Rich(1);
        message.Forwarded.Clear();
        Exchange55Tree.Write(root, [message, OutputMessageBuilder.Numbered(2)]);
        var folder = Path.Combine(root, "Smith, Grover");
        return (File.ReadAllBytes(Path.Combine(folder, "MIGRATE.PRI")), File.ReadAllBytes(Path.Combine(folder, "MIGRATE.SEC")));
    }
}
