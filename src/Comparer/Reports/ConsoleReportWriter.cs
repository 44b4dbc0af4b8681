using System.Globalization;
using MailMig.Fidelity.Comparer.Truth;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MailMig.Fidelity.Comparer.Reports;

/// <summary>Writes the console summary: snapshot counts, grades per mailbox, field fidelity and the first differences, as Spectre.Console tables.</summary>
public static class ConsoleReportWriter
{
    /// <summary>How many ground-truth differences and snapshot differences the console lists; the rest are counted.</summary>
    public const int MaxListed = 50;

    /// <summary>Writes the summary of <paramref name="report"/> to <paramref name="console"/>.</summary>
    public static void Write(ComparisonReport report, IAnsiConsole console, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(console);
        options ??= new ReportOptions();
        if (report.Snapshots is { } snapshots)
        {
            WriteSnapshots(snapshots, console);
        }

        if (report.Truth is { } truth)
        {
            WriteTruth(truth, console, options);
        }

        console.WriteLine(report.IsSuccess ? "Result: everything matches." : "Result: differences found.", new Style(report.IsSuccess ? Color.Green : Color.Red));
    }

    /// <summary>Writes the summary as plain text without ANSI codes (for logs and files), <paramref name="width"/> columns wide.</summary>
    public static void WritePlain(ComparisonReport report, TextWriter writer, ReportOptions? options = null, int width = 160)
    {
        var console = CreatePlainConsole(writer, width);
        Write(report, console, options);
    }

    /// <summary>Creates a Spectre console that writes to <paramref name="writer"/> with no colours and no ANSI codes.</summary>
    public static IAnsiConsole CreatePlainConsole(TextWriter writer, int width = 160)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        return console;
    }

    private static void WriteSnapshots(Snapshots.FolderVerificationResult result, IAnsiConsole console)
    {
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Snapshots: {result.MessageCount} messages: {result.Matched.Count} matched, {result.Differences.Count} differ, {result.New.Count} new, {result.Orphaned.Count} orphaned, {result.Accepted.Count} accepted"));
        if (result.IsSuccess)
        {
            return;
        }

        var table = NewTable("snapshot", "status", "fields");
        foreach (var difference in result.Differences.Take(MaxListed))
        {
            table.AddRow(Cell(difference.Name), Cell(difference.MovedFrom is null ? "differs" : "moved from " + difference.MovedFrom), Cell(string.Join(", ", difference.Fields)));
        }

        foreach (var created in result.New.Take(MaxListed))
        {
            table.AddRow(Cell(created.Name), Cell("new"), Cell(""));
        }

        foreach (var orphan in result.Orphaned.Take(MaxListed))
        {
            table.AddRow(Cell(orphan), Cell("orphaned (no message)"), Cell(""));
        }

        foreach (var entry in result.NotRegularFiles.Take(MaxListed))
        {
            table.AddRow(Cell(entry.RelativePath), Cell(entry.Describe()), Cell(""));
        }

        console.Write(table);
        var hidden = Math.Max(0, result.Differences.Count - MaxListed) + Math.Max(0, result.New.Count - MaxListed) + Math.Max(0, result.Orphaned.Count - MaxListed)
            + Math.Max(0, result.NotRegularFiles.Count - MaxListed);
        if (hidden > 0)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {hidden} more; see the received files and the HTML report."));
        }

        console.WriteLine("To accept: mailmig-fidelity accept --actual \"" + result.ActualFolder + "\" --verified \"" + result.VerifiedFolder + "\"");
    }

    private static void WriteTruth(TruthResult truth, IAnsiConsole console, ReportOptions options)
    {
        console.WriteLine("Ground truth: " + truth.ManifestPath + " — run grade " + truth.Run.Grade, new Style(GradeColor(truth.Run.Grade)));
        var mailboxes = NewTable("mailbox", "expected", "found", "skipped as expected", "messages with differences", "user data lost", "grade");
        foreach (var m in truth.Mailboxes.Append(truth.Run))
        {
            mailboxes.AddRow(Cell(m.Name), Number(m.Expected), Number(m.Found), Number(m.SkippedAsExpected), Number(m.MessagesWithDifferences),
                Number(m.MessagesWithUserDataLoss), new Text(m.Grade.ToString(), new Style(GradeColor(m.Grade))));
        }

        console.Write(mailboxes);
        var anyNotCarried = truth.NotCarried.Count > 0;
        var fields = anyNotCarried ? NewTable("field", "checked", "matched", "fidelity", "not carried") : NewTable("field", "checked", "matched", "fidelity");
        foreach (var f in truth.Fields)
        {
            var cells = new List<IRenderable> { Cell(f.Field), Number(f.Checked), Number(f.Matched), Cell(Fidelity(f)) };
            if (anyNotCarried)
            {
                cells.Add(Number(f.NotCarried));
            }

            fields.AddRow(cells);
        }

        console.Write(fields);
        foreach (var note in truth.NotCarried)
        {
            console.WriteLine("Note: " + note.Describe());
        }

        if (truth.Differences.Count == 0)
        {
            return;
        }

        var differences = NewTable("mailbox", "index", "field", "detail", "expected", "actual", "output file");
        foreach (var d in truth.Differences.Take(MaxListed))
        {
            differences.AddRow(Cell(d.Mailbox), Cell(d.Index?.ToString(CultureInfo.InvariantCulture) ?? ""), Cell(d.Field), Cell(d.Detail ?? ""),
                Cell(Shorten(d.Expected.Show(options.Redact))), Cell(Shorten(d.Actual.Show(options.Redact))), Cell(d.OutputFile ?? "(none)"));
        }

        console.Write(differences);
        if (truth.Differences.Count > MaxListed)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {truth.Differences.Count - MaxListed} more differences; see the JSON or HTML report."));
        }
    }

    /// <summary>The fidelity as a percentage, or <c>n/a</c> when the field was not carried by any compared message.</summary>
    internal static string Fidelity(FieldTally f) =>
        f.Checked == 0 && f.NotCarried > 0 ? "n/a (not carried)" : f.Fidelity.ToString("P2", CultureInfo.InvariantCulture);

    private static Table NewTable(params string[] headers)
    {
        var table = new Table { Border = TableBorder.Ascii2 };
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    private static IRenderable Cell(string text) => new Text(text);

    private static IRenderable Number(int value) => new Text(value.ToString(CultureInfo.InvariantCulture));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private static Color GradeColor(FidelityGrade grade) => grade switch
    {
        FidelityGrade.Perfect => Color.Green,
        FidelityGrade.Good => Color.Aqua,
        FidelityGrade.Investigate => Color.Yellow,
        _ => Color.Red,
    };
}
