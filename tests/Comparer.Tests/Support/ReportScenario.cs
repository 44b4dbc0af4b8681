using MailMig.Fidelity.Comparer.Reports;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Tests.Support;

/// <summary>A small comparison with snapshot and ground-truth differences in a body, a recipient and an attachment, for report tests.</summary>
internal static class ReportScenario
{
    public const string SecretBody = "the secret merger plan <b>& more</b>\u0001";
    public static readonly byte[] SecretAttachment = [7, 7, 7, 7];

    public static ComparisonReport Create(TempFolder temp)
    {
        var baseline = Messages();
        var baselineFolder = temp.Combine("baseline");
        OutputTree.WriteEml(baselineFolder, baseline);
        var verified = temp.Combine("verified");
        new SnapshotAcceptor(TestEnvironments.Local()).AcceptActual(baselineFolder, verified);

        var actual = Messages();
        actual[0].Body = SecretBody;
        actual[1].To.RemoveAt(0);
        actual[1].Attachments[0] = actual[1].Attachments[0] with { Bytes = SecretAttachment };
        var actualFolder = temp.Combine("actual");
        OutputTree.WriteEml(actualFolder, actual);
        var manifest = OutputTree.WriteManifest(temp.Combine("manifest.jsonl"), Messages());

        return new ComparisonReport
        {
            Snapshots = new SnapshotFolderVerifier(new SnapshotSettings { Environment = TestEnvironments.Local() }).Verify(actualFolder, verified),
            Truth = new TruthChecker().Check(actualFolder, manifest),
        };
    }

    private static List<OutputMessageBuilder> Messages()
    {
        var second = OutputMessageBuilder.Numbered(2);
        second.Attachments.Add(new TestAttachment("REPORT.XLS", [1, 2, 3]));
        return [OutputMessageBuilder.Numbered(1), second, OutputMessageBuilder.Numbered(1, "Doe, Jane")];
    }

    /// <summary>The SHA-256 of the changed attachment, which a redacted report must not show.</summary>
    public static string SecretAttachmentHash => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(SecretAttachment));
}
