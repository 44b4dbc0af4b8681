using System.Text.Encodings.Web;
using System.Text.Json;
using MailMig.Fidelity.CcMail.Db8;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Text;
using MailMig.Fidelity.Generator.Content;
using MailMig.Fidelity.Generator.Faults;
using MailMig.Fidelity.Generator.Manifest;
using MailMig.Fidelity.Generator.Output;
using MailMig.Fidelity.Generator.PostOffices;

namespace MailMig.Fidelity.Generator.Generation;

/*
 * Generation runs in two passes. The plan (numbers only) decides every event's sender, local
 * recipients and faults, and which mailbox gets which copy. Then mailboxes are written one after the
 * other: each copy's content is rebuilt from its event's seed, written to the DB8 store and the
 * mailbox's export file, located, and described in the manifest, then dropped. Nothing but the plan
 * grows with the message count. With --parallelism above 1, worker threads build the copies ahead
 * (MailboxPipeline) and this thread still writes every byte in the same order, so the output is the same. Byte faults that damage what the writers wrote are applied as
 * patches once every file is closed; file digests are taken last.
 */

/// <summary>Generates a post office: DB8 and/or export bytes, the ground-truth manifest and generation.json.</summary>
public static class PostOfficeGenerator
{
    /// <summary>The format id of generation.json.</summary>
    public const string GenerationFormat = "mailmig-fidelity/generation@1";

    /// <summary>Generates into <paramref name="outputFolder"/> (empty or absent, or cleared with <paramref name="force"/>); reports messages written to <paramref name="progress"/>.</summary>
    public static GenerationResult Generate(GeneratorOptions options, string outputFolder, bool force = false,
        Action<long, long>? progress = null, CancellationToken cancellationToken = default)
    {
        var session = GenerationSession.Create(options);
        var settings = session.Settings;
        var postOffice = session.PostOffice;
        OutputLayout.Prepare(outputFolder, force);
        var run = new GenerationRun(session, outputFolder, progress, cancellationToken);

        using (var manifest = new ManifestWriter(
            new FileStream(Path.Combine(outputFolder, OutputLayout.ManifestFile), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16),
            session.Calendar, settings.Formats))
        {
            manifest.WriteHeader(settings, postOffice);
            using var db8 = settings.Writes(OutputFormat.Db8)
                ? new Db8Output(outputFolder, postOffice.Name, postOffice.CodePage, postOffice.TimeZoneId, postOffice.Directory)
                : null;
            using var pipeline = settings.Parallelism > 1 ? new MailboxPipeline(session, settings.Parallelism - 1, cancellationToken) : null;
            foreach (var user in postOffice.Users)
            {
                WriteMailbox(run, user, pipeline?.Mailbox(user) ?? session.Mailbox(user), manifest, db8);
            }

            db8?.Complete();
            WritePersonalData(run, manifest, db8 is not null);
            if (db8 is not null)
            {
                BytePatch.ApplyAll(outputFolder, db8.Patches);
            }
        }

        BytePatch.ApplyAll(outputFolder, run.ExportPatches);
        var files = FileDigest.Of(outputFolder, OutputLayout.GenerationFile);
        var result = new GenerationResult(settings, postOffice.Name, session.Plan.EventCount, (int)run.Written, files);
        WriteGenerationInfo(Path.Combine(outputFolder, OutputLayout.GenerationFile), result, postOffice);
        return result;
    }

    // Boards, lists and address books, when the run has them: their own DB8 file, their export blocks, then their manifest records.
    private static void WritePersonalData(GenerationRun run, ManifestWriter manifest, bool db8)
    {
        var session = run.Session;
        if (Lists.PersonalDataFactory.Create(session.Settings, session.PostOffice, session.Calendar) is not { } draft)
        {
            return;
        }

        var offsets = db8
            ? Db8PersonalDataWriter.Write(Path.Combine(run.OutputFolder, OutputLayout.PostOfficeFolder), draft.Data, session.PostOffice.CodePage)
            : null;
        if (session.Settings.Writes(OutputFormat.Export))
        {
            var mailboxes = session.PostOffice.Users
                .Select(u => (u.Name, OutputLayout.ExportFile(run.ExportNames[u.Index]), ExportOptions(session, u))).ToList();
            ExportPersonalDataOutput.Write(run.OutputFolder, draft.Data, mailboxes, session.PostOffice.Name, run.Exported, session.PostOffice.CodePage);
        }

        PersonalDataManifest.Write(manifest, draft, offsets);
    }

    // How a mailbox's export file is written: the post office's code page, shaped by the mailbox's file faults (LF-only lines).
    private static ExportWriterOptions ExportOptions(GenerationSession session, LocalUser user) =>
        session.Plan.MailboxFaults[user.Index].Types.Aggregate(new ExportWriterOptions { CodePage = session.PostOffice.CodePage }, (o, f) => f.ShapeExportFile(o));

    private static void WriteMailbox(GenerationRun run, LocalUser user, IEnumerable<GeneratedCopy> copies, ManifestWriter manifest, Db8Output? db8)
    {
        var session = run.Session;
        var settings = session.Settings;
        var mailboxFaults = session.Plan.MailboxFaults[user.Index];
        db8?.BeginMailbox(user.Name, user.Folders);
        using var export = settings.Writes(OutputFormat.Export)
            ? new ExportOutput(run.OutputFolder, OutputLayout.ExportFile(run.ExportNames[user.Index]), user.Name, session.PostOffice.Name, run.Exported, ExportOptions(session, user))
            : null;
        manifest.WriteMailbox(user.Name, user.Folders, session.Plan.Copies[user.Index].Count,
            mailboxFaults.Faults.Select(f => InjectIntoMailbox(f, export, db8)).ToArray());

        foreach (var copy in copies)
        {
            run.CancellationToken.ThrowIfCancellationRequested();
            var (index, content, build) = copy;
            var applied = WriteCopy(build, export, db8, run.ExportPatches);
            if (copy.ManifestLine is { } line)
            {
                manifest.WriteLine(line);
            }
            else
            {
                manifest.WriteMessage(user.Name, index + 1, build.Message, Expectation(copy, applied));
            }

            run.Written++;
            run.Progress?.Invoke(run.Written, settings.Messages);
        }

        db8?.EndMailbox();
    }

    /// <summary>What the manifest says of <paramref name="copy"/> beyond its message, with its faults as written.</summary>
    internal static MessageExpectation Expectation(GeneratedCopy copy, IReadOnlyList<AppliedFault> applied) =>
        new(copy.Content.ExpectedLocal, copy.Content.ExpectedNames, copy.Build.Unreadable, applied);

    private static AppliedFault InjectIntoMailbox(FaultDescriptor fault, ExportOutput? export, Db8Output? db8)
    {
        var (file, offset) = fault.Type.InjectIntoMailbox(export, db8);
        return new AppliedFault(fault, null, file, offset);
    }

    // Writes the copy and returns its faults located: marks first, then DB8 record faults; export patches are planned last.
    private static List<AppliedFault> WriteCopy(CopyBuild build, ExportOutput? export, Db8Output? db8, List<BytePatch> exportPatches)
    {
        var record = db8?.Write(build.Message);
        var block = export?.Write(build.Message, build.Style, build.Garbage);
        var applied = new List<AppliedFault>(build.Marks.Count + build.Db8Faults.Count);
        foreach (var mark in build.Marks)
        {
            applied.Add(Locate(mark, export, block, record));
        }

        foreach (var fault in build.Db8Faults)
        {
            var (file, offset) = fault.Type.InjectIntoRecord(db8!, record!);
            applied.Add(new AppliedFault(fault, null, file, offset));
        }

        if (export is not null)
        {
            exportPatches.AddRange(applied.SelectMany(a => a.Fault.Type.ExportPatches(a, export.RelativePath)));
        }

        return applied;
    }

    private static AppliedFault Locate(FaultMark mark, ExportOutput? export, (WrittenBlock Block, long Garbage)? block, Db8WrittenRecord? record)
    {
        if (export is not null && block is { } b)
        {
            return new AppliedFault(mark.Fault, mark.Detail, export.RelativePath, mark.Fault.Type.LocateInExport(b.Block, b.Garbage, mark));
        }

        return record is null
            ? new AppliedFault(mark.Fault, mark.Detail, null, null)
            : new AppliedFault(mark.Fault, mark.Detail, Db8Output.Relative(record.File), record.Offset);
    }

    private static void WriteGenerationInfo(string path, GenerationResult result, GeneratedPostOffice postOffice)
    {
        var settings = result.Settings;
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", GenerationFormat);
            json.WriteString("generator", GeneratorVersion.Value);
            json.WriteNumber("seed", settings.Seed);
            json.WriteString("profile", settings.Profile.Name);
            json.WriteNumber("users", settings.Users);
            json.WriteNumber("messages", settings.Messages);
            json.WriteStartArray("faults");
            foreach (var fault in settings.Faults.Faults)
            {
                json.WriteStringValue(fault.Id);
            }

            json.WriteEndArray();
            json.WriteNumber("faultRate", settings.FaultRate);
            json.WriteStartArray("outputs");
            foreach (var format in settings.Formats)
            {
                json.WriteStringValue(ManifestWriter.FormatName(format));
            }

            json.WriteEndArray();
            json.WriteString("postOffice", postOffice.Name);
            json.WriteNumber("codePage", postOffice.CodePage);
            json.WriteString("timeZone", postOffice.TimeZoneId);
            json.WriteNumber("events", result.Events);
            json.WriteStartArray("files");
            foreach (var file in result.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteNumber("bytes", file.Bytes);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
