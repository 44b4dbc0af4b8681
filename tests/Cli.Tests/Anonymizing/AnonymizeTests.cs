using System.Text;
using System.Text.RegularExpressions;
using MailMig.Fidelity.CcMail.Addresses;
using MailMig.Fidelity.CcMail.Export;
using MailMig.Fidelity.CcMail.Model;
using MailMig.Fidelity.Cli.Anonymizing;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Anonymizing;

/// <summary><c>anonymize</c>: no customer name, word or attachment byte survives, and the migrator does the same with the result.</summary>
public sealed partial class AnonymizeTests
{
    private const string Faults = "attmail-address,mixed-address-types,missing-post-office,quoted-post-office,quote-in-name,stray-leading-comma,long-address,"
        + "invalid-date,two-digit-year-2000,date-formats,size-spaces,size-wrong,unexpected-token,binary-token-lookalike,return-receipt,"
        + "attachment-date-mdyy,attachment-date-dashes,unknown-keyword,lf-only-lines,contents-count-wrong,hex-attachment,long-header-4k,"
        + "attachment-unreadable,attachment-odd-type,attachment-name-unicode,attachment-path-traversal,attachment-reserved-name,body-exact-text,"
        + "bcc-sender-copy,read-status,forwarded-nested,cp850-high-chars";

    private static readonly byte[] Key = Encoding.UTF8.GetBytes("test key 4711");

    [Fact]
    public async Task An_export_full_of_the_catalogs_faults_keeps_no_original_name_word_or_attachment_window_and_migrates_the_same()
    {
        using var temp = new TempFolder();
        foreach (var original in await GenerateAsync(temp.Path))
        {
            var anonymized = original + ".anon";
            var result = await InProcessCli.RunAsync("anonymize", "--source", original, "--out", anonymized, "--key", "test key 4711", "--time-zone", "UTC");
            Assert.True(result.Code == 0, result.Text);

            // Whole words: a 4-letter word turns up by chance inside 100 KB of random letters, never as a word of its own.
            var remaining = Word().Matches(CcMail.Text.CodePages.Get(850).GetString(File.ReadAllBytes(anonymized))).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var words = OriginalWords(original);
            Assert.True(words.Count > 30, $"only {words.Count} words listed");
            Assert.Empty(words.Intersect(remaining, StringComparer.OrdinalIgnoreCase));
            Assert.Empty(RemainingAttachmentWindows(original, File.ReadAllBytes(anonymized)));
        }
    }

    [Fact]
    public async Task Migrating_the_anonymized_export_gives_the_same_counts_repairs_and_skips()
    {
        using var temp = new TempFolder();
        var originals = await GenerateAsync(temp.Path);
        var outcomes = new List<AnonymizeOutcome>();
        foreach (var original in originals)
        {
            outcomes.Add(await Anonymizer.RunAsync(original, original + ".anon", Key, "UTC"));
        }

        Assert.All(outcomes, o => Assert.True(o.Same, string.Join("\n", o.Differences())));
        Assert.Contains(outcomes.SelectMany(o => o.Original), l => l.Contains("repaired:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_key_gives_the_same_bytes_and_another_key_other_bytes()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllBytes((await GenerateAsync(temp.Path))[0]);

        Assert.Equal(ExportAnonymizer.Anonymize(original, Key), ExportAnonymizer.Anonymize(original, Key));
        Assert.NotEqual(ExportAnonymizer.Anonymize(original, Key), ExportAnonymizer.Anonymize(original, Encoding.UTF8.GetBytes("another key")));
    }

    [Fact]
    public void A_person_keeps_one_pseudonym_and_notation_case_extension_and_reserved_names_stay()
    {
        var original = new ExportText(850)
            .FileHeader("Mailbox: Müller, Jürgen").FileHeader("Postoffice: FERGUSON").FileHeader("Codepage: 850")
            .Message(["From: Müller, Jürgen at FERGUSON", "To: jdoe at attmail", "To: X400:/c=US/a=ATTMAIL/p=ACME/s=Doe/g=John", "Subject: Øresund"], "Hallo Jürgen")
            .Message(["From: Doe, John at LONDON", "To: MÜLLER, JÜRGEN at FERGUSON"], [("Text item", "x"u8.ToArray()), ExportText.File("C:\\DATA\\CON.TXT", [1, 2, 3]), ExportText.File("Angebot Müller.XLS", [4, 5])])
            .ToBytes();
        var contents = ExportFile.ReadAll(new ExportReader(new MemoryStream(ExportAnonymizer.Anonymize(original, Key))));
        var first = contents.Records[0].Message!;
        var second = contents.Records[1].Message!;

        Assert.Equal(first.From!.DisplayName, contents.Header.Mailbox);
        Assert.Equal(first.From.DisplayName!.ToUpperInvariant(), second.To[0].DisplayName);
        Assert.Equal(first.From.PostOffice, contents.Header.PostOffice);
        Assert.NotEqual("Müller, Jürgen", first.From.DisplayName);
        Assert.EndsWith(" at attmail", first.To[0].Raw, StringComparison.Ordinal);
        Assert.Equal([AddressKind.Attmail, AddressKind.Attmail], first.To.Select(a => a.Kind));
        Assert.StartsWith("X400:/c=", first.To[1].Raw, StringComparison.Ordinal);
        Assert.True(first.SubjectRaw![0] >= 0x80, "the cp850 high byte stays high");
        var files = second.Items.OfType<FileItem>().ToList();
        Assert.Matches(@"^[A-Z]:\\[A-Z]{4}\\CON\.TXT$", files[0].Name);
        Assert.Matches(@"^\w{7} \w{6}\.XLS$", files[1].Name);
        Assert.DoesNotContain("Angebot", files[1].Name, StringComparison.Ordinal);
    }

    private static async Task<string[]> GenerateAsync(string folder)
    {
        var result = await InProcessCli.RunAsync("generate", "--profile", "minimal", "--users", "3", "--messages", "60", "--seed", "4711",
            "--code-page", "850", "--faults", Faults, "--format", "export", "--out", folder, "--force");
        Assert.True(result.Code == 0, result.Text);
        return Directory.GetFiles(Path.Combine(folder, "export"));
    }

    /// <summary>The words (4 letters or more) of every name, post office, address, subject, body and attachment name in <paramref name="export"/>; the format's own words (keywords, Priority and Status values, system folders, address types) are not customer data.</summary>
    private static HashSet<string> OriginalWords(string export)
    {
        var contents = ExportFile.ReadAll(export);
        var texts = new List<string?> { contents.Header.Mailbox, contents.Header.PostOffice };
        foreach (var message in contents.Records.Select(r => r.Message).OfType<CcMessage>())
        {
            texts.AddRange(new[] { message.From, message.ReturnReceiptTo }.Concat(message.To).Concat(message.Cc).Concat(message.Bcc).OfType<CcAddress>().SelectMany(a => new[] { a.DisplayName, a.PostOffice, a.Address }));
            texts.Add(message.Subject);
            texts.AddRange(message.Items.OfType<TextItem>().Select(t => t.Text));
            texts.AddRange(message.Items.OfType<FileItem>().Select(f => Path.GetFileNameWithoutExtension(f.Name.Replace('\\', '/'))));
        }

        var kept = TextRules.AddressWords.Concat(TextRules.ReservedNames).Concat(TextRules.SystemFolders)
            .Concat(["MESSAGE", "FROM", "SUBJECT", "CONTENTS", "ITEM", "TEXT", "FILE", "DATE", "STATUS", "PRIORITY", "FOLDER", "NORMAL", "URGENT", "READ", "UNREAD", "MAILBOX", "POSTOFFICE", "CODEPAGE", "EXPORTED"]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return texts.OfType<string>().SelectMany(t => Word().Matches(t).Select(m => m.Value)).Where(w => !kept.Contains(w)).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The 8-byte windows of the original's attachments (raw and hex) found in <paramref name="anonymized"/>; windows of a look-alike token line or of under 4 distinct bytes are not data.</summary>
    private static List<string> RemainingAttachmentWindows(string export, byte[] anonymized)
    {
        var windows = Enumerable.Range(0, Math.Max(0, anonymized.Length - 7)).Select(i => BitConverter.ToUInt64(anonymized, i)).ToHashSet();
        var found = new List<string>();
        foreach (var data in ExportFile.ReadAll(export).Records.Select(r => r.Message).OfType<CcMessage>().SelectMany(m => m.Items.OfType<FileItem>()).Select(f => f.Data))
        {
            foreach (var form in new[] { data, Encoding.ASCII.GetBytes(Convert.ToHexString(data)), Encoding.ASCII.GetBytes(Convert.ToHexStringLower(data)) })
            {
                var lookAlike = LookAlikeBytes(form);
                for (var i = 0; i + 8 <= form.Length; i++)
                {
                    if (form.AsSpan(i, 8).ToArray().Distinct().Count() >= 4 && !Enumerable.Range(i, 8).Any(lookAlike.Contains) && windows.Contains(BitConverter.ToUInt64(form, i)))
                    {
                        found.Add($"{Convert.ToHexString(form, i, 8)} at {i}");
                    }
                }
            }
        }

        return found;
    }

    private static HashSet<int> LookAlikeBytes(byte[] data) =>
        LookAlike().Matches(Encoding.Latin1.GetString(data)).SelectMany(m => Enumerable.Range(m.Index, m.Length)).ToHashSet();

    [GeneratedRegex(@"(?<![\p{L}\d])\p{L}{4,}(?![\p{L}\d])")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?m)^[A-Za-z][A-Za-z ]*:")]
    private static partial Regex LookAlike();
}
