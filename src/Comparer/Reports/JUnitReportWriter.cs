using System.Globalization;
using System.Text;
using System.Xml;
using MailMig.Fidelity.Comparer.Snapshots;
using MailMig.Fidelity.Comparer.Truth;

namespace MailMig.Fidelity.Comparer.Reports;

/*
 * JUnit XML for CI systems (the de-facto schema: testsuites/testsuite/testcase/failure). Snapshot
 * results are one suite with a testcase per mailbox (failing when any of its snapshots does) and
 * one per differing, new or orphaned snapshot; the ground truth is one suite per mailbox with a
 * "grade" testcase and one testcase per message with differences. CI dashboards thereby show both
 * the overview and each message that needs attention, without one testcase per matching message.
 */

/// <summary>Writes the comparison as JUnit XML: one testcase per mailbox and one per message difference.</summary>
public static class JUnitReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/> as UTF-8 JUnit XML.</summary>
    public static void Write(ComparisonReport report, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= new ReportOptions();
        var suites = new List<Suite>();
        if (report.Snapshots is { } snapshots)
        {
            suites.Add(SnapshotSuite(snapshots, options));
        }

        if (report.Truth is { } truth)
        {
            suites.AddRange(TruthSuites(truth, options));
        }

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", CheckCharacters = false };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "mailmig-fidelity compare");
        xml.WriteAttributeString("tests", Count(suites.Sum(s => s.Cases.Count)));
        xml.WriteAttributeString("failures", Count(suites.Sum(s => s.Cases.Count(c => c.Failure is not null))));
        foreach (var suite in suites)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Clean(suite.Name));
            xml.WriteAttributeString("tests", Count(suite.Cases.Count));
            xml.WriteAttributeString("failures", Count(suite.Cases.Count(c => c.Failure is not null)));
            xml.WriteAttributeString("errors", "0");
            foreach (var test in suite.Cases)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", Clean(test.ClassName));
                xml.WriteAttributeString("name", Clean(test.Name));
                if (test.Failure is not null)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", Clean(test.Message ?? ""));
                    xml.WriteAttributeString("type", Clean(test.Type ?? "difference"));
                    xml.WriteString(Clean(test.Failure));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static Suite SnapshotSuite(FolderVerificationResult result, ReportOptions options)
    {
        var suite = new Suite("snapshots");
        var failing = result.Differences.Select(d => (d.Name, Case: DifferenceCase(d, options, "NotEqual")))
            .Concat(result.New.Select(d => (d.Name, Case: DifferenceCase(d, options, "New"))))
            .Concat(result.Orphaned.Select(o => (Name: o, Case: new Case("snapshots." + SnapshotView.MailboxOf(o), o, "no message produces this verified snapshot any more", "Orphaned", o + SnapshotFile.VerifiedExtension))))
            .Concat(result.NotRegularFiles.Select(e => (Name: e.RelativePath, Case: new Case("snapshots." + SnapshotView.MailboxOf(e.RelativePath), e.RelativePath, e.Describe(), "NotRegularFile", e.RelativePath))))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        var mailboxes = result.Matched.Concat(failing.Select(f => f.Name)).Select(SnapshotView.MailboxOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var mailbox in mailboxes)
        {
            var bad = failing.Count(f => SnapshotView.MailboxOf(f.Name) == mailbox);
            suite.Cases.Add(bad == 0
                ? new Case("snapshots", mailbox, null, null, null)
                : new Case("snapshots", mailbox, Count(bad) + " snapshots differ, are new or orphaned", "Mailbox", Count(bad) + " failing snapshots; see the testcases of snapshots." + mailbox));
        }

        suite.Cases.AddRange(failing.Select(f => f.Case));
        return suite;
    }

    private static Case DifferenceCase(SnapshotDifference difference, ReportOptions options, string type)
    {
        var view = SnapshotView.Of(difference, options.Redact);
        var message = difference.Fields.Count == 0 ? type : type + ": " + string.Join(", ", difference.Fields);
        var body = "Received: " + difference.Outcome.ReceivedPath + "\nVerified: " + difference.Outcome.VerifiedPath + "\n" + (type == "New" ? view.Received : view.Diff);
        return new Case("snapshots." + SnapshotView.MailboxOf(difference.Name), difference.Name, message, type, body);
    }

    private static IEnumerable<Suite> TruthSuites(TruthResult truth, ReportOptions options)
    {
        var byMailbox = truth.Differences.ToLookup(d => d.Mailbox, StringComparer.Ordinal);
        foreach (var mailbox in truth.Mailboxes)
        {
            var suite = new Suite("truth." + mailbox.Name);
            var differences = byMailbox[mailbox.Name].ToList();
            suite.Cases.Add(differences.Count == 0
                ? new Case(suite.Name, "grade", null, null, null)
                : new Case(suite.Name, "grade", "grade " + mailbox.Grade + ": " + Count(differences.Count) + " differences", mailbox.Grade.ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"{mailbox.MessagesWithDifferences} of {mailbox.Expected} messages differ; {mailbox.MessagesWithUserDataLoss} lost user data")));
            foreach (var message in differences.GroupBy(d => d.MessageKey, StringComparer.Ordinal))
            {
                var first = message.First();
                var name = first.Index is { } i ? "#" + i.ToString(CultureInfo.InvariantCulture) : first.OutputFile ?? "(unknown)";
                var fields = string.Join(", ", message.Select(d => d.Field).Distinct(StringComparer.Ordinal));
                var text = new StringBuilder();
                foreach (var d in message)
                {
                    text.Append(d.Field).Append(d.Detail is null ? "" : " (" + d.Detail + ")").Append(": expected ").Append(d.Expected.Show(options.Redact))
                        .Append(", actual ").Append(d.Actual.Show(options.Redact)).Append('\n');
                }

                text.Append("output file: ").Append(first.OutputFile ?? "(none)");
                suite.Cases.Add(new Case(suite.Name, name, "differs in " + fields, fields, text.ToString()));
            }

            yield return suite;
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Removes characters XML 1.0 cannot hold, so the document is always well-formed.</summary>
    private static string Clean(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            clean &= XmlConvert.IsXmlChar(c) || char.IsSurrogate(c);
        }

        if (clean)
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            output.Append(XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD');
        }

        return output.ToString();
    }

    private sealed record Suite(string Name)
    {
        public List<Case> Cases { get; } = [];
    }

    private sealed record Case(string ClassName, string Name, string? Message, string? Type, string? Failure);
}
