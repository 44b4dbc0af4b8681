using MailMig.Fidelity.CcMail.Diagnostics;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Tests.Support;

namespace MailMig.Fidelity.CcMail.Tests.FuzzReplay;

/// <summary>Replays the export reader's saved fuzz corpus (fuzz/run.sh export) as it is read in the campaign, without AFL.</summary>
public sealed class ExportFuzzReplayTests
{
    public static TheoryData<string> Inputs => FuzzCorpus.Files("export");

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EachSavedExportInputIsProbedAndReadWithoutExceptionIntoRecordsThatStayInsideIt(string input)
    {
        var bytes = FuzzCorpus.Read("export", input);

        _ = ExportFileCheck.WhyNot(input, bytes.AsSpan(0, Math.Min(bytes.Length, ExportFileCheck.ProbeBytes)));
        var contents = ExportBytes.Read(bytes, fileName: input);

        var end = 0L;
        foreach (var record in contents.Records)
        {
            Assert.True(record.Location.Offset >= end && record.Length > 0, $"record {record.Index} at {record.Location.Offset} overlaps the one ending at {end}");
            end = record.Location.Offset + record.Length;
            if (record.IsUnreadable)
            {
                Assert.Contains(record.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            }
        }

        Assert.True(end <= bytes.Length, $"records end at {end}, past the {bytes.Length} bytes read");
    }
}
