using System.Text;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.CcMail.Tests.Support;

namespace MailMig.Fidelity.CcMail.Tests.Export;

/// <summary>Limits keep what they can and say what they cut: over-long header lines and nesting past the limit.</summary>
public sealed class ExportReaderLimitTests
{
    [Fact]
    public void AnOverLongSubjectIsKeptUpToTheLineLimitAndTheCutIsReported()
    {
        var subject = new string('s', 1024 * 1024);
        var body = $"From: Smith, Grover at FERGUSON\r\nSubject: {subject}\r\nTo: Doe, Jane at FERGUSON\r\nContents: 0\r\n";
        var record = Assert.Single(ExportBytes.Read(Encoding.Latin1.GetBytes($"Message: {body.Length}\r\n{body}")).Records);

        Assert.Equal(new string('s', (64 * 1024) - "Subject: ".Length), record.Message!.Subject);
        Assert.Single(record.Message.To);
        var cut = Assert.Single(record.Diagnostics, d => d.Code == "export.header-truncated");
        Assert.Contains("Subject", cut.Message, StringComparison.Ordinal);
        Assert.Contains((subject.Length + "Subject: ".Length).ToString(System.Globalization.CultureInfo.InvariantCulture), cut.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingPastTheLimitIsKeptAsTheBytesOfTheDeeperLevels()
    {
        var inner = "From: Smith, Grover at FERGUSON\r\nSubject: deepest\r\nContents: 0\r\n";
        for (var level = 0; level < 200; level++)
        {
            inner = $"From: Smith, Grover at FERGUSON\r\nSubject: level\r\nContents: 1\r\nMessage item: {inner.Length}\r\n{inner}\r\n";
        }

        var record = Assert.Single(ExportBytes.Read(Encoding.Latin1.GetBytes($"Message: {inner.Length}\r\n{inner}")).Records);

        var message = record.Message!;
        for (var depth = 0; depth < 16; depth++)
        {
            message = Assert.IsType<MessageItem>(Assert.Single(message.Items)).Message;
        }

        var kept = Assert.IsType<FileItem>(Assert.Single(message.Items));
        Assert.Equal("nested-17.eml", kept.Name);
        Assert.Contains("Subject: deepest", Encoding.Latin1.GetString(kept.Data), StringComparison.Ordinal);
        Assert.Contains(record.Diagnostics, d => d.Code == ExportDiagnosticCodes.NestingTooDeep);
    }
}
