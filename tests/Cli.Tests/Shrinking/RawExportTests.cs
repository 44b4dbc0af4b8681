using MailMig.Fidelity.Cli.Shrinking;
using MailMig.Fidelity.Cli.Tests.Support;

namespace MailMig.Fidelity.Cli.Tests.Shrinking;

/// <summary>The export split for shrinking writes back byte for byte, and its candidates keep every quirk of the original.</summary>
public sealed class RawExportTests
{
    private const string ExportFaults = "size-spaces,size-wrong,unexpected-token,binary-token-lookalike,contents-count-wrong,hex-attachment,lf-only-lines,long-header-4k,unknown-keyword,forwarded-nested,cp850-high-chars,attmail-address";

    [Theory]
    [InlineData("850", ExportFaults)]
    [InlineData("932", "dbcs-5c-subject,size-wrong,hex-attachment")]
    public async Task Every_generated_export_with_the_catalogs_faults_is_rewritten_byte_for_byte(string codePage, string faults)
    {
        using var temp = new TempFolder();
        foreach (var file in await GenerateAsync(temp.Path, codePage, faults))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(bytes, RawExportParser.Parse(bytes).ToBytes());
        }
    }

    [Fact]
    public async Task A_size_or_count_wrong_in_the_original_stays_wrong_by_the_same_delta_when_parts_are_removed()
    {
        using var temp = new TempFolder();
        var checkedDeltas = 0;
        foreach (var file in await GenerateAsync(temp.Path, "850", ExportFaults))
        {
            var original = RawExportParser.Parse(File.ReadAllBytes(file));
            var smaller = new HeaderLinesLevel().Without(new MessagesLevel().Without(original, new HashSet<UnitKey> { new(0) }), new HashSet<UnitKey>(original.Blocks.Skip(1).Select((_, b) => new UnitKey(b, 1))));
            var reread = RawExportParser.Parse(smaller.ToBytes());

            Assert.Equal(original.Blocks.Count - 1, reread.Blocks.Count);
            for (var b = 0; b < reread.Blocks.Count; b++)
            {
                var before = original.Blocks[b + 1];
                var after = reread.Blocks[b];
                Assert.Equal((before.Size.Delta, before.Size.IsBlank, before.CountsBareLf), (after.Size.Delta, after.Size.IsBlank, after.CountsBareLf));
                Assert.Equal(before.Contents?.Delta, after.Contents?.Delta);
                Assert.Equal(before.Items.Select(i => (i.Size.Delta, i.Kind)), after.Items.Select(i => (i.Size.Delta, i.Kind)));
                Assert.Equal(before.Headers.Skip(2).Select(h => h.End), after.Headers.Skip(1).Select(h => h.End));
                checkedDeltas += before.Size.Delta != 0 || before.Size.IsBlank || before.Contents?.Delta is not (0 or null) ? 1 : 0;
            }
        }

        Assert.True(checkedDeltas >= 2, $"only {checkedDeltas} blocks with a wrong or blank size were checked");
    }

    [Fact]
    public void An_address_value_splits_into_elements_that_join_back_to_it()
    {
        var value = " X400:/c=US/a=ATTMAIL/p=ACME/s=Doe, Jane at GATE"u8.ToArray();
        var elements = AddressElements.Split(value);

        Assert.Equal(value, elements.SelectMany(e => e).ToArray());
        Assert.Equal([" X400:", "/c=US", "/a=ATTMAIL", "/p=ACME", "/s=Doe", ", Jane", " at", " GATE"], elements.Select(e => System.Text.Encoding.ASCII.GetString(e)));
    }

    [Fact]
    public void A_cp932_double_byte_character_is_never_split()
    {
        var bytes = new byte[] { (byte)'a', 0x95, 0x5C, (byte)'b' };
        Assert.Equal([[(byte)'a'], [0x95, 0x5C], [(byte)'b']], ExportCharacters.Split(bytes, 932));
        Assert.Equal(4, ExportCharacters.Split(bytes, 850).Count);
    }

    private static async Task<string[]> GenerateAsync(string folder, string codePage, string faults)
    {
        var result = await InProcessCli.RunAsync("generate", "--profile", "minimal", "--users", "2", "--messages", "30", "--seed", "12",
            "--code-page", codePage, "--faults", faults, "--format", "export", "--out", folder, "--force");
        Assert.True(result.Code == 0, result.Text);
        return Directory.GetFiles(Path.Combine(folder, "export"));
    }
}
